package th.go.bangkok.tidtam.progress;

import jakarta.validation.Valid;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.files.EvidenceFile;
import th.go.bangkok.tidtam.project.ProjectRef;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;

/**
 * Monthly progress reports (section 2 of the form), read: a project's reports (frozen ones as their snapshot
 * recorded them), the months an officer may file, the officer's to-do list, evidence files, the plan and the
 * reopenings. Whoever may read the project may read its reports. Filing is {@link ReportFilingService}, review
 * {@link ReportReviewService}, the freeze {@link ReportFreezeService}, the import door {@link ReportImportService}.
 */
@Service
@Validated
public class ProgressService {

    /** Reports may be filed up to two months after the project's end. */
    public static final int MONTHS_AFTER_END = 2;

    private final ProgressReportRepository repository;
    private final ReportEvidenceRepository evidence;
    private final FrozenReportRepository snapshots;
    private final ReportReopeningRepository reopenings;
    private final ProgressPlanRepository plans;
    private final ProjectService projects;
    private final ReportingCalendar calendar;
    private final th.go.bangkok.tidtam.base.People people;
    private final ProgressRules rules;

    ProgressService(ProgressReportRepository repository, ReportEvidenceRepository evidence,
                    FrozenReportRepository snapshots, ReportReopeningRepository reopenings,
                    ProgressPlanRepository plans, ProjectService projects, ReportingCalendar calendar,
                    th.go.bangkok.tidtam.base.People people, ProgressRules rules) {
        this.repository = repository;
        this.evidence = evidence;
        this.snapshots = snapshots;
        this.reopenings = reopenings;
        this.plans = plans;
        this.projects = projects;
        this.calendar = calendar;
        this.people = people;
        this.rules = rules;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** The project's reports in month order, frozen ones as their snapshot recorded them. Four queries. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportView> reports(String projectCode) {
        var project = projects.ref(projectCode);
        var reports = repository.findByProjectIdOrderByReportMonthAscReportDateAscIdAsc(project.id());
        var files = reports.isEmpty() ? Map.<Long, List<EvidenceInfo>>of()
                : evidence.infoOf(reports.stream().map(ProgressReport::getId).toList()).stream()
                .collect(Collectors.groupingBy(EvidenceInfo::reportId));
        var frozen = snapshots.findByProjectIdOrderByReportMonth(project.id()).stream()
                .collect(Collectors.toMap(FrozenReport::getReportId, s -> s));
        var reopened = rules.reopenedMonths(project);
        var plan = plan(project);
        var numbers = Numbering.of(reports, r -> rules.counts(r, reopened));
        var views = new ArrayList<ReportView>();
        for (var r : reports) {
            var n = numbers.get(r.getId());
            var planned = plan.planned(r.getMonth());
            var files0 = files.getOrDefault(r.getId(), List.of());
            var snapshot = frozen.get(r.getId());
            boolean closed = rules.closed(r.getMonth(), reopened);
            if (snapshot != null) {
                views.add(new ReportView(snapshot.getNumber(), snapshot.getMonth(), snapshot.getReportDate(),
                        snapshot.getSteps(), snapshot.getProgress(), snapshot.getDisbursed(),
                        snapshot.getDisbursementRound(), snapshot.getOnPlan(), snapshot.getOnTarget(),
                        r.getDecreaseReason(), ReportStatus.FROZEN, snapshot.isLate(), true, false, null,
                        snapshot.getSubmittedBy(), snapshot.getSubmittedAt(), planned, files0, r.getVersion(),
                        r.getMonthSeq(), r.getLegacyNumber() == null));
            } else {
                views.add(new ReportView(n == null ? null : n.number(), r.getMonth(), r.getReportDate(), r.getSteps(),
                        r.getProgress(), r.getDisbursed(), n == null ? null : n.round(), r.getOnPlan(), r.getOnTarget(),
                        r.getDecreaseReason(), r.getStatus(), r.isLate(), r.getStatus().isFiled() && closed,
                        !r.getStatus().isFiled() && closed, r.getReturnComment(), r.getSubmittedBy(),
                        r.getSubmittedAt(), planned, files0, r.getVersion(), r.getMonthSeq(),
                        r.getLegacyNumber() == null));
            }
        }
        return views;
    }

    /**
     * The months of this project whose report can be filed today, oldest first: last month until it closes, this
     * month, and any closed month a coordinator reopened; without the ones already submitted. Each says whether
     * the report is owed ({@link ProgressRules#owed}); a month after the project's end may still be filed (a late payment)
     * but is not asked for.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FileableMonth> fileableMonths(String projectCode) {
        var project = projects.ref(projectCode);
        if (project.status() != ProjectStatus.ACTIVE) {
            return List.of();
        }
        var reopened = rules.reopenedMonths(project);
        var statuses = repository.findByProjectIdOrderByReportMonthAscReportDateAscIdAsc(project.id()).stream()
                .filter(r -> r.getMonthSeq() == 0)
                .collect(Collectors.toMap(ProgressReport::getMonth, ProgressReport::getStatus));
        var months = new TreeMap<YearMonth, FileableMonth>();
        var current = calendar.currentMonth();
        for (var month : List.of(current.minusMonths(1), current)) {
            if (rules.inPeriod(project, month) && !calendar.isClosed(month)) {
                months.put(month, new FileableMonth(month, calendar.dueDate(month),
                        calendar.closeDate(month).minusDays(1), false, statuses.get(month), rules.owed(project, month)));
            }
        }
        reopened.forEach((month, until) -> months.putIfAbsent(month,
                new FileableMonth(month, calendar.dueDate(month), until, true, statuses.get(month), true)));
        return months.values().stream().filter(m -> m.status() == null || !m.status().isFiled()).toList();
    }

    /**
     * The officer's to-do list: every active project of their unit that owes a report ({@link ProgressRules#owed}) not yet
     * filed, or has one started (a draft, or returned) for a month still open (a reopened month, with its last day
     * as the due date; last month until it closes; this month), with the due date and the days left (negative:
     * overdue). Four queries, whatever the number of projects.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional(readOnly = true)
    public List<DueReport> due() {
        var current = calendar.currentMonth();
        var candidates = projects.activeOfMyUnit().stream()
                .filter(p -> !current.isBefore(YearMonth.from(p.startDate()))).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        var ids = candidates.stream().map(ProjectRef::id).toList();
        var today = calendar.today();
        var reopened = new TreeMap<String, ReportReopening>();
        for (var r : reopenings.runningFor(ids, today)) {
            reopened.merge(r.getMonth() + "/" + r.getProjectId(), r,
                    (a, b) -> a.getOpenUntil().isAfter(b.getOpenUntil()) ? a : b);
        }
        var from = reopened.values().stream().map(ReportReopening::getMonth).min(YearMonth::compareTo)
                .filter(m -> m.isBefore(current.minusMonths(1))).orElse(current.minusMonths(1));
        var reports = repository.findByProjectIdInAndReportMonthGreaterThanEqual(ids, from.atDay(1)).stream()
                .filter(r -> r.getMonthSeq() == 0)
                .collect(Collectors.toMap(r -> r.getProjectId() + "/" + r.getMonth(), r -> r));
        var due = new ArrayList<DueReport>();
        var byId = candidates.stream().collect(Collectors.toMap(ProjectRef::id, p -> p));
        for (var reopening : reopened.values()) {
            var p = byId.get(reopening.getProjectId());
            var report = reports.get(p.id() + "/" + reopening.getMonth());
            if (report == null || !report.getStatus().isFiled()) {
                due.add(new DueReport(p.code(), p.name(), reopening.getMonth(), reopening.getOpenUntil(),
                        ChronoUnit.DAYS.between(today, reopening.getOpenUntil()),
                        report == null ? null : report.getStatus(), report == null ? null : report.getReturnComment()));
            }
        }
        for (var month : List.of(current.minusMonths(1), current)) {
            if (calendar.isClosed(month)) {
                continue;
            }
            var dueDate = calendar.dueDate(month);
            for (var p : candidates) {
                var report = reports.get(p.id() + "/" + month);
                boolean started = report != null && !report.getStatus().isFiled() && rules.inPeriod(p, month);
                if (started || (report == null && rules.owed(p, month))) {
                    due.add(new DueReport(p.code(), p.name(), month, dueDate, ChronoUnit.DAYS.between(today, dueDate),
                            report == null ? null : report.getStatus(),
                            report == null ? null : report.getReturnComment()));
                }
            }
        }
        return due;
    }

    /** One evidence file with its content, for whoever may read the project. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(String projectCode, long evidenceId) {
        var project = projects.ref(projectCode);
        var file = evidence.findById(evidenceId)
                .filter(e -> repository.findById(e.getReportId()).map(r -> r.getProjectId() == project.id()).orElse(false))
                .orElseThrow(() -> new NotFoundException("ReportEvidence", evidenceId));
        return file.file();
    }

    /** แผนการดำเนินงาน of the project (empty when it has none). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlanView plan(String projectCode) {
        return plan(projects.ref(projectCode));
    }

    /** The closed months reopened for this project, newest first, with the coordinator's name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReopeningView> reopenings(String projectCode) {
        var project = projects.ref(projectCode);
        var rows = reopenings.findByProjectIdOrderByReopenedAt(project.id()).reversed();
        var names = people.names(rows.stream().map(ReportReopening::getReopenedBy).toList());
        return rows.stream().map(r -> new ReopeningView(r.getMonth(), r.getReason(), r.getOpenUntil(),
                names.getOrDefault(r.getReopenedBy(), r.getReopenedBy()))).toList();
    }

    private PlanView plan(ProjectRef project) {
        return plans.findByProjectId(project.id()).map(p -> new PlanView(p.months(), p.getVersion()))
                .orElseGet(() -> new PlanView(new TreeMap<>(), 0));
    }
}
