package th.go.bangkok.tidtam.progress;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.ProjectImportService;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * The door through which reports of months gone by come in: the old system's exports (through the legacy
 * importer, while it stores a project's file) and the demo data. Written as filed, on their own dates.
 */
@Service
@Validated
public class ReportImportService {

    private final ProgressReportRepository repository;
    private final FrozenReportRepository snapshots;
    private final ProjectService projects;
    private final ProjectImportService projectImports;
    private final ReportingCalendar calendar;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ProgressRules rules;

    ReportImportService(ProgressReportRepository repository, FrozenReportRepository snapshots,
                        ProjectService projects, ProjectImportService projectImports, ReportingCalendar calendar,
                        AuditService audit, CurrentUser currentUser, Clock clock, ProgressRules rules) {
        this.repository = repository;
        this.snapshots = snapshots;
        this.projects = projects;
        this.projectImports = projectImports;
        this.calendar = calendar;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * A report of a month gone by, as the old system or the demo data hold it: written as submitted, outside the
     * filing window, but still within the budget. Administrators only, for the demo data (imports go through
     * {@link #recordImported}).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void recordHistorical(String projectCode, YearMonth month, @Valid ProgressReportData data, boolean late,
                                 String submittedBy) {
        var project = projects.ref(projectCode);
        if (repository.monthReport(project.id(), month.atDay(1)).isPresent()) {
            throw new BusinessRuleException("report.alreadySubmitted");
        }
        rules.checkBudget(project, null, data.disbursed());
        var report = filed(project.id(), month, data, submittedBy, late, clock.instant());
        repository.save(report);
        audit.created(report);
    }

    /**
     * The import door (open only while the importer stores the project's file, see ImportScope): the reports of a
     * project brought over from the old system, written as filed on their dates (by the importer) with their own
     * numbers and, when their month is closed, frozen as they are written, each with its snapshot. History is kept
     * as it was filed (decision 0015): a month may hold several reports (the last of the month is the month's
     * report, the earlier ones follow it as 1, 2 …) and disbursements may exceed the budget; the importer has
     * warned about both. Only into an imported project, only by whoever may import for its agency, never a report
     * of a month still to come, never one whose number is here already. Returns how many were frozen.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional
    public int recordImported(String projectCode, List<@Valid HistoricalReport> reports) {
        th.go.bangkok.tidtam.base.ImportScope.require(projectCode);
        var project = projectImports.importedRef(projectCode);
        var importer = currentUser.require().getUsername();
        var all = new ArrayList<>(repository.findByProjectIdInOrderByReportMonthAscReportDateAscIdAsc(
                Set.of(project.id())));
        // a number the old system printed twice stays twice (the importer warned); one here already is refused
        var numbers = all.stream().map(r -> r.getLegacyNumber()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        var now = clock.instant();
        var added = new ArrayList<ProgressReport>();
        var rounds = new java.util.IdentityHashMap<ProgressReport, Integer>();
        for (var r : reports) {
            if (!YearMonth.from(r.data().reportDate()).equals(r.month()) || r.month().isAfter(calendar.currentMonth())) {
                throw new BusinessRuleException("report.date.outsideMonth");
            }
            if (r.number() != null && numbers.contains(r.number())) {
                throw new BusinessRuleException("report.alreadySubmitted");
            }
            added.add(filed(project.id(), r.month(), r.data(), importer, false, now));
            added.getLast().asFiled(r.number(), 0);
            if (r.round() != null) {
                rounds.put(added.getLast(), r.round());
            }
        }
        var touched = added.stream().map(ProgressReport::getMonth).collect(Collectors.toSet());
        // a month that holds a report filed here (not imported) stays the officer's: no import steps into it
        if (all.stream().anyMatch(r -> r.getLegacyNumber() == null && touched.contains(r.getMonth()))) {
            throw new BusinessRuleException("report.alreadySubmitted");
        }
        // the months that get a report: every report of such a month takes its place again (last = 0), the ones
        // here already stepping aside first so that no two share a place at any moment
        var moved = all.stream().filter(r -> touched.contains(r.getMonth())).toList();
        for (int i = 0; i < moved.size(); i++) {
            moved.get(i).asFiled(moved.get(i).getLegacyNumber(), -1 - i);
        }
        if (!moved.isEmpty()) {
            repository.flush();
        }
        all.addAll(added);
        all.sort(java.util.Comparator.comparing(ProgressReport::getMonth).thenComparing(ProgressReport::getReportDate)
                .thenComparing(r -> r.getLegacyNumber() == null ? Integer.MAX_VALUE : r.getLegacyNumber()));
        var byMonth = all.stream().filter(r -> touched.contains(r.getMonth()))
                .collect(Collectors.groupingBy(ProgressReport::getMonth));
        byMonth.values().forEach(month -> {
            for (int i = 0; i < month.size(); i++) {
                var report = month.get(i);
                report.asFiled(report.getLegacyNumber(), month.size() - 1 - i);
            }
        });
        var frozen = new ArrayList<ProgressReport>();
        for (var report : added) {
            if (calendar.isClosed(report.getMonth())) {
                report.freeze(now);
                frozen.add(report);
            }
            repository.save(report);
            audit.created(report);
        }
        var numbering = Numbering.of(all, r -> r.getStatus().isFiled() || !calendar.isClosed(r.getMonth()));
        for (var report : frozen) {
            var n = numbering.get(report.getId());
            // the snapshot is what prints: the disbursement round as the old system printed it, where it did
            snapshots.save(new FrozenReport(report, n.number(), rounds.getOrDefault(report, n.round()), null, now));
        }
        return frozen.size();
    }

    /** A report of a month gone by, as filed on its own date by whoever the record names. */
    private static ProgressReport filed(long projectId, YearMonth month, ProgressReportData data, String by,
                                        boolean late, Instant now) {
        var report = new ProgressReport(projectId, month, now);
        report.apply(data);
        report.submit(data.reportDate().atStartOfDay(ThaiDates.ZONE).toInstant(), by, late);
        return report;
    }
}
