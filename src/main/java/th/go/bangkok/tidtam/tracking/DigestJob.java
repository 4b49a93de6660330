package th.go.bangkok.tidtam.tracking;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.security.SystemAuthentication;

/**
 * Sends the daily digests once a day, Bangkok time ({@code tidtam.reminders.cron}, default 07:30; "-" switches the
 * schedule off). With several application nodes on one database, ShedLock's row in {@code shedlock} lets one node
 * run it; the others skip, and none runs it again for {@code tidtam.reminders.lock-at-least} (a minute; a node whose
 * clock is a little behind must not start it again when its own 07:30 comes). Even without the lock a user could not
 * get two digests in a day (see {@link ReminderDigests}).
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final ReminderDigests digests;
    private final th.go.bangkok.tidtam.base.SlowWork slowWork;
    private final th.go.bangkok.tidtam.base.ops.JobRuns runs;

    DigestJob(ReminderDigests digests, th.go.bangkok.tidtam.base.SlowWork slowWork,
              th.go.bangkok.tidtam.base.ops.JobRuns runs) {
        this.digests = digests;
        this.slowWork = slowWork;
        this.runs = runs;
    }

    @Scheduled(cron = "${tidtam.reminders.cron:0 30 7 * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "reminder-digest", lockAtMostFor = "PT30M",
            lockAtLeastFor = "${tidtam.reminders.lock-at-least:PT1M}")
    public void daily() {
        int sent = runs.run("digest", () -> slowWork.call(() -> SystemAuthentication.call(digests::sendDailyDigests)));
        log.info("Sent {} daily digests", sent);
    }
}
