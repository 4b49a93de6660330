package th.go.bangkok.tidtam.progress;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.security.SystemAuthentication;

/**
 * Freezes the submitted reports of every closed month: once when the application is ready (so a month that
 * closed while it was down is frozen at start) and every night after midnight, Bangkok time
 * ({@code tidtam.reporting.freeze-cron}, "-" to switch the schedule off). The service refuses changes to a closed
 * month whether or not the job has run yet; the job writes the snapshots and the audit lines. With several nodes on
 * one database, one of them freezes at a time (ShedLock's row {@code freeze-closed-months}); a node that finds the
 * lock taken skips, the other's run covers it (docs/decisions/0025-several-nodes.md).
 */
@Component
class FreezeJob {

    private static final Logger log = LoggerFactory.getLogger(FreezeJob.class);

    private final ReportFreezeService freezing;
    private final boolean atStart;
    private final th.go.bangkok.tidtam.base.ops.JobRuns runs;

    FreezeJob(ReportFreezeService freezing,
              @org.springframework.beans.factory.annotation.Value("${tidtam.reporting.freeze-at-start:true}") boolean atStart,
              th.go.bangkok.tidtam.base.ops.JobRuns runs) {
        this.freezing = freezing;
        this.runs = runs;
        this.atStart = atStart;
    }

    /** Off ({@code tidtam.reporting.freeze-at-start=false}) for the load benchmark, whose generated months stay open. */
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "freeze-closed-months")
    public void atStart() {
        if (atStart) {
            run();
        }
    }

    @Scheduled(cron = "${tidtam.reporting.freeze-cron:0 5 0 * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "freeze-closed-months")
    public void nightly() {
        run();
    }

    private void run() {
        int frozen = runs.run("freeze", () -> SystemAuthentication.call(freezing::freezeClosedMonths));
        if (frozen > 0) {
            log.info("Froze {} reports of closed months", frozen);
        }
    }
}
