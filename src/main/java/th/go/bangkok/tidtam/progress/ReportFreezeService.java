package th.go.bangkok.tidtam.progress;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditService;

/**
 * The freeze: a month closes on the close day of the next month; from then on its submitted reports are frozen for
 * everybody, each with its immutable snapshot. Run by {@link FreezeJob} as the system.
 */
@Service
@Validated
public class ReportFreezeService {

    private static final int FREEZE_BATCH = 500;

    private final ProgressReportRepository repository;
    private final ReportEvidenceRepository evidence;
    private final FrozenReportRepository snapshots;
    private final ReportReopeningRepository reopenings;
    private final ReportingCalendar calendar;
    private final AuditService audit;
    private final Clock clock;

    ReportFreezeService(ProgressReportRepository repository, ReportEvidenceRepository evidence,
                        FrozenReportRepository snapshots, ReportReopeningRepository reopenings,
                        ReportingCalendar calendar, AuditService audit, Clock clock) {
        this.repository = repository;
        this.evidence = evidence;
        this.snapshots = snapshots;
        this.reopenings = reopenings;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The freeze job: every submitted report of a closed month (and not reopened) becomes frozen, with its
     * immutable snapshot and an audit line. Runs as the system, in batches; returns how many it froze.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int freezeClosedMonths() {
        var today = calendar.today();
        var running = new HashSet<String>();
        for (var row : reopenings.running(today)) {
            running.add(row[0] + "/" + YearMonth.from((LocalDate) row[1]));
        }
        var lastClosed = calendar.lastClosedMonth().atDay(1);
        int frozen = 0;
        long afterId = 0;
        while (true) {
            var page = repository.toFreeze(lastClosed, afterId, PageRequest.of(0, FREEZE_BATCH));
            if (page.isEmpty()) {
                return frozen;
            }
            afterId = page.getLast().getId();
            var batch = page.stream().filter(r -> !running.contains(r.getProjectId() + "/" + r.getMonth())).toList();
            if (batch.isEmpty()) {
                continue;
            }
            frozen += freeze(batch, running, clock.instant());
            repository.flush();
        }
    }

    /** Freezes these submitted reports: each one's snapshot with its number and files, and an audit line. */
    private int freeze(List<ProgressReport> batch, Set<String> running, Instant now) {
        var all = repository.findByProjectIdInOrderByReportMonthAscReportDateAscIdAsc(
                batch.stream().map(ProgressReport::getProjectId).collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(ProgressReport::getProjectId));
        var files = evidence.infoOf(batch.stream().map(ProgressReport::getId).toList()).stream()
                .collect(Collectors.groupingBy(EvidenceInfo::reportId));
        int frozen = 0;
        for (var report : batch) {
            var n = Numbering.of(all.get(report.getProjectId()), r -> r.getStatus().isFiled()
                    || !calendar.isClosed(r.getMonth()) || running.contains(r.getProjectId() + "/" + r.getMonth()))
                    .get(report.getId());
            var list = files.getOrDefault(report.getId(), List.of()).stream()
                    .map(f -> f.fileName() + " sha256:" + f.sha256()).collect(Collectors.joining("\n"));
            snapshots.save(new FrozenReport(report, n.number(), n.round(), list.isEmpty() ? null : list, now));
            var before = report.auditState();
            report.freeze(now);
            audit.updated(report, before);
            frozen++;
        }
        return frozen;
    }
}
