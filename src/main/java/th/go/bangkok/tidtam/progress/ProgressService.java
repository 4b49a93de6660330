package th.go.bangkok.tidtam.progress;

import th.go.bangkok.tidtam.base.files.EvidenceFile;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.ProjectRef;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * Monthly progress reports (section 2 of the form). The project's officers file them, with evidence files, and
 * keep the project's planned progress; coordinators return them with a comment and reopen a closed month for
 * one project; heads and coordinators read them. Whoever may read the project may read its reports. A month
 * closes on the close day of the next month: from then on its submitted reports are frozen for everybody, and
 * the freeze job writes each one's immutable snapshot.
 */
@Service
@Validated
public class ProgressService {

    /** Reports may be filed up to two months after the project's end. */
    public static final int MONTHS_AFTER_END = 2;
    private static final int FREEZE_BATCH = 500;

    private final ProgressReportRepository repository;
    private final ReportEvidenceRepository evidence;
    private final FrozenReportRepository snapshots;
    private final ReportReopeningRepository reopenings;
    private final ProgressPlanRepository plans;
    private final ProjectService projects;
    private final ReportingCalendar calendar;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int reopenMaxDays;

    private final th.go.bangkok.tidtam.base.People people;

    ProgressService(ProgressReportRepository repository, ReportEvidenceRepository evidence,
                    FrozenReportRepository snapshots, ReportReopeningRepository reopenings, ProgressPlanRepository plans,
                    ProjectService projects, ReportingCalendar calendar, AuditService audit, CurrentUser currentUser,
                    Clock clock, @Value("${tidtam.reporting.reopen-max-days:14}") int reopenMaxDays,
                    th.go.bangkok.tidtam.base.People people) {
        this.people = people;
        this.repository = repository;
        this.evidence = evidence;
        this.snapshots = snapshots;
        this.reopenings = reopenings;
        this.plans = plans;
        this.projects = projects;
        this.calendar = calendar;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reopenMaxDays = reopenMaxDays;
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
        var reopened = reopenedMonths(project);
        var plan = plan(project);
        var numbers = Numbering.of(reports, r -> counts(r, reopened));
        var views = new ArrayList<ReportView>();
        for (var r : reports) {
            var n = numbers.get(r.getId());
            var planned = plan.planned(r.getMonth());
            var files0 = files.getOrDefault(r.getId(), List.of());
            var snapshot = frozen.get(r.getId());
            boolean closed = closed(r.getMonth(), reopened);
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
     * the report is owed ({@link #owed}); a month after the project's end may still be filed (a late payment)
     * but is not asked for.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FileableMonth> fileableMonths(String projectCode) {
        var project = projects.ref(projectCode);
        if (project.status() != ProjectStatus.ACTIVE) {
            return List.of();
        }
        var reopened = reopenedMonths(project);
        var statuses = repository.findByProjectIdOrderByReportMonthAscReportDateAscIdAsc(project.id()).stream()
                .filter(r -> r.getMonthSeq() == 0)
                .collect(Collectors.toMap(ProgressReport::getMonth, ProgressReport::getStatus));
        var months = new TreeMap<YearMonth, FileableMonth>();
        var current = calendar.currentMonth();
        for (var month : List.of(current.minusMonths(1), current)) {
            if (inPeriod(project, month) && !calendar.isClosed(month)) {
                months.put(month, new FileableMonth(month, calendar.dueDate(month),
                        calendar.closeDate(month).minusDays(1), false, statuses.get(month), owed(project, month)));
            }
        }
        reopened.forEach((month, until) -> months.putIfAbsent(month,
                new FileableMonth(month, calendar.dueDate(month), until, true, statuses.get(month), true)));
        return months.values().stream().filter(m -> m.status() == null || !m.status().isFiled()).toList();
    }

    /**
     * The officer's to-do list: every active project of their unit that owes a report ({@link #owed}) not yet
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
                boolean started = report != null && !report.getStatus().isFiled() && inPeriod(p, month);
                if (started || (report == null && owed(p, month))) {
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

    // ---- the officer's actions ---------------------------------------------------------------------------------

    /** Saves the month's report as a draft (creating it), or the officer's fixes to a returned one. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void save(String projectCode, YearMonth month, @Valid ProgressReportData data) {
        save(projectCode, month, data, List.of());
    }

    /**
     * Saves the report with new evidence files, all or nothing: one file of the wrong kind or too large and
     * neither the report nor any file is stored. Answers the saved report's version, which the next save names.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public long save(String projectCode, YearMonth month, @Valid ProgressReportData data, List<EvidenceUpload> files) {
        var report = save(editable(projectCode), month, data, files);
        repository.flush();
        return report.getVersion();
    }

    /**
     * ส่งรายงาน from the form: saves what the officer typed (with new evidence files) and submits it, in one
     * transaction, so a report that cannot be sent leaves nothing half done (no draft is left behind by a refusal).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public SubmitResult saveAndSubmit(String projectCode, YearMonth month, @Valid ProgressReportData data,
                                      List<EvidenceUpload> files) {
        var project = editable(projectCode);
        return submit(project, save(project, month, data, files), month);
    }

    private ProgressReport save(ProjectRef project, YearMonth month, ProgressReportData data, List<EvidenceUpload> files) {
        var projectCode = project.code();
        var report = repository.monthReport(project.id(), month.atDay(1)).orElse(null);
        checkNotFrozen(report);
        checkOpen(project, month);
        checkChangeable(report);
        if (report != null && report.getVersion() != data.version()) {
            throw new ConcurrentChangeException("ProgressReport", projectCode + " " + month);
        }
        var checked = EvidenceCheck.check(files, report == null ? 0 : evidence.countByReportId(report.getId()));
        checkDate(project, month, data);
        checkDecrease(project, month, data);
        checkBudget(project, report, data.disbursed());
        if (report == null) {
            report = new ProgressReport(project.id(), month, clock.instant());
            report.apply(data);
            repository.save(report);
            audit.created(report);
        } else {
            var before = report.auditState();
            report.apply(data);
            repository.flush();
            audit.updated(report, before);
        }
        var by = currentUser.require().getUsername();
        for (var file : checked) {
            var stored = evidence.save(new ReportEvidence(report.getId(), file, clock.instant(), by));
            audit.event(AuditAction.ATTACH, report.auditType(), report.getId(), stored.describe());
        }
        return report;
    }

    /** Removes one evidence file from a report that has not been submitted. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void removeEvidence(String projectCode, YearMonth month, long evidenceId) {
        var project = editable(projectCode);
        var report = load(project, month);
        checkNotFrozen(report);
        checkOpen(project, month);
        checkChangeable(report);
        var file = evidence.findById(evidenceId).filter(e -> e.getReportId() == report.getId())
                .orElseThrow(() -> new NotFoundException("ReportEvidence", evidenceId));
        audit.event(AuditAction.DETACH, report.auditType(), report.getId(), file.describe());
        evidence.delete(file);
    }

    /**
     * ส่งรายงาน: on time until the due day, late after it, refused once the month has closed. A report sent is
     * complete (issue #19): the steps, the % done, the month's disbursement (0 when nothing was paid, typed as 0)
     * and both judgements; a draft may lack any of them.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public SubmitResult submit(String projectCode, YearMonth month) {
        var project = editable(projectCode);
        return submit(project, load(project, month), month);
    }

    /**
     * ถอนรายงาน: the officer takes a submitted report back to correct it, as a draft, while its month is open
     * (until it closes and is frozen; a report the coordinator returned is already back with the officer).
     * The audit trail keeps the submission and the withdrawal.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void withdraw(String projectCode, YearMonth month) {
        var project = editable(projectCode);
        var report = load(project, month);
        checkNotFrozen(report);
        checkOpen(project, month);
        if (report.getStatus() != ReportStatus.SUBMITTED) {
            throw new BusinessRuleException("report.withdraw.notSubmitted");
        }
        var before = report.auditState();
        report.withdraw();
        repository.flush();
        audit.updated(report, before);
    }

    private SubmitResult submit(ProjectRef project, ProgressReport report, YearMonth month) {
        checkNotFrozen(report);
        checkComplete(report);
        checkOpen(project, month);
        checkChangeable(report);
        checkBudget(project, report, report.getDisbursed());
        var before = report.auditState();
        boolean late = calendar.isLate(month, calendar.today());
        report.submit(clock.instant(), currentUser.require().getUsername(), late);
        repository.flush();
        audit.updated(report, before);
        return new SubmitResult(late, report.getProgress() != null && report.getProgress().compareTo(BigDecimal.valueOf(100)) >= 0);
    }

    /**
     * แผนการดำเนินงาน: the planned cumulative % for months of the project's period, never decreasing; an empty
     * map removes the plan. The project's officers, while the project is a draft or running.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void savePlan(String projectCode, Map<YearMonth, BigDecimal> planned, long version) {
        var project = projects.ref(projectCode);
        if (!project.editable()) {
            throw new AccessDeniedException("not the project's unit");
        }
        if (project.status() != ProjectStatus.ACTIVE && project.status() != ProjectStatus.DRAFT) {
            throw new BusinessRuleException("plan.project.closed");
        }
        var months = new TreeMap<YearMonth, BigDecimal>();
        planned.forEach((month, pct) -> {
            if (pct != null) {
                months.put(month, pct);
            }
        });
        BigDecimal previous = BigDecimal.ZERO;
        for (var entry : months.entrySet()) {
            var month = entry.getKey();
            var pct = entry.getValue();
            if (month.isBefore(YearMonth.from(project.startDate())) || month.isAfter(YearMonth.from(project.endDate()))) {
                throw new BusinessRuleException("plan.month.outOfPeriod", ThaiDates.formatMonth(month));
            }
            if (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0 || pct.stripTrailingZeros().scale() > 2) {
                throw new BusinessRuleException("report.progress.range");
            }
            if (pct.compareTo(previous) < 0) {
                throw new BusinessRuleException("plan.decreasing", ThaiDates.formatMonth(month), previous.toPlainString());
            }
            previous = pct;
        }
        var plan = plans.findByProjectId(project.id()).orElse(null);
        if (plan == null && months.isEmpty()) {
            return;
        }
        if (plan != null && plan.getVersion() != version) {
            throw new ConcurrentChangeException("ProgressPlan", projectCode);
        }
        if (plan == null) {
            plan = new ProgressPlan(project.id());
            plan.replace(months);
            plans.save(plan);
            audit.created(plan);
        } else if (months.isEmpty()) {
            audit.deleted(plan);
            plans.delete(plan);
        } else {
            var before = plan.auditState();
            plan.replace(months);
            plans.flush();
            audit.updated(plan, before);
        }
    }

    // ---- the coordinator's actions -------------------------------------------------------------------------------

    /** ส่งกลับแก้ไข, by a coordinator, with the comment the officer will see; not once the month has closed. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void returnForRevision(String projectCode, YearMonth month, String comment) {
        var project = projects.ref(projectCode);
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("report.return.commentRequired");
        }
        if (comment.strip().length() > Limits.LIST_ITEM) {
            throw new BusinessRuleException("validation.tooLong");
        }
        var report = load(project, month);
        checkNotFrozen(report);
        checkOpen(project, month);
        if (report.getStatus() != ReportStatus.SUBMITTED) {
            throw new BusinessRuleException("report.return.notSubmitted");
        }
        var before = report.auditState();
        report.returnForRevision(comment.strip());
        repository.flush();
        audit.updated(report, before);
    }

    /**
     * Opens a closed month again for one project, so that its missing (or returned, or draft) report can be filed
     * until {@code days} days from today. A month whose report was submitted stays frozen.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void reopen(String projectCode, YearMonth month, String reason, int days) {
        var project = projects.ref(projectCode);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("report.reopen.reasonRequired");
        }
        if (reason.strip().length() > Limits.LIST_ITEM) {
            throw new BusinessRuleException("validation.tooLong");
        }
        if (days < 1 || days > reopenMaxDays) {
            throw new BusinessRuleException("report.reopen.days", reopenMaxDays);
        }
        if (project.status() != ProjectStatus.ACTIVE) {
            throw new BusinessRuleException("report.project.notActive");
        }
        if (!inPeriod(project, month)) {
            throw new BusinessRuleException("report.month.outOfPeriod");
        }
        if (!calendar.isClosed(month)) {
            throw new BusinessRuleException("report.reopen.notClosed");
        }
        var report = repository.monthReport(project.id(), month.atDay(1));
        if (report.isPresent() && report.get().getStatus().isFiled()) {
            throw new BusinessRuleException("report.frozenRefused");
        }
        var reopening = new ReportReopening(project.id(), month, reason.strip(), calendar.today().plusDays(days),
                currentUser.require().getUsername(), clock.instant());
        reopenings.save(reopening);
        audit.created(reopening);
    }

    // ---- the system's ----------------------------------------------------------------------------------------

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
        checkBudget(project, null, data.disbursed());
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
        var project = projects.importedRef(projectCode);
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

    // ---- rules ------------------------------------------------------------------------------------------------

    private ProjectRef editable(String code) {
        var project = projects.ref(code);
        if (!project.editable()) {
            throw new AccessDeniedException("not the project's unit");
        }
        if (project.status() != ProjectStatus.ACTIVE) {
            throw new BusinessRuleException("report.project.notActive");
        }
        return project;
    }

    /**
     * The one rule for "a report is owed" (issue #19): the active project is running in the month, from its start
     * month to its end month. The same rule as the coordinators' missing list and the digest
     * ({@code TrackingQueries.EXPECTED}); the month must also still be open, which the callers check.
     */
    static boolean owed(ProjectRef project, YearMonth month) {
        return project.status() == ProjectStatus.ACTIVE && !month.isBefore(YearMonth.from(project.startDate()))
                && !month.isAfter(YearMonth.from(project.endDate()));
    }

    /** The months a report may be filed for: the running months and two more for payments after the end. */
    private boolean inPeriod(ProjectRef project, YearMonth month) {
        return !month.isBefore(YearMonth.from(project.startDate()))
                && !month.isAfter(YearMonth.from(project.endDate()).plusMonths(MONTHS_AFTER_END));
    }

    /** The month is in the project's reporting period, has begun, and is still open (or reopened) for it. */
    private void checkOpen(ProjectRef project, YearMonth month) {
        if (!inPeriod(project, month) || month.isAfter(calendar.currentMonth())) {
            throw new BusinessRuleException("report.month.outOfPeriod");
        }
        if (closed(month, reopenedMonths(project))) {
            throw new BusinessRuleException("report.month.closed", ThaiDates.formatShort(calendar.closeDate(month)));
        }
    }

    /** What a report needs before it is sent, the first missing field named (the form marks them all). */
    private static void checkComplete(ProgressReport report) {
        if (report.getSteps() == null || report.getSteps().isBlank()) {
            throw new BusinessRuleException("report.submit.stepsRequired");
        }
        if (report.getProgress() == null) {
            throw new BusinessRuleException("report.submit.progressRequired");
        }
        if (report.getDisbursed() == null) {
            throw new BusinessRuleException("report.submit.disbursedRequired");
        }
        if (report.getOnPlan() == null || report.getOnTarget() == null) {
            throw new BusinessRuleException("report.submit.judgementsRequired");
        }
    }

    /** A frozen report is changed by nobody, through any method. */
    private static void checkNotFrozen(ProgressReport report) {
        if (report != null && report.getStatus() == ReportStatus.FROZEN) {
            throw new BusinessRuleException("report.frozenRefused");
        }
    }

    /** The officer changes a draft or a returned report; a submitted one only after a coordinator returns it. */
    private static void checkChangeable(ProgressReport report) {
        checkNotFrozen(report);
        if (report != null && report.getStatus() == ReportStatus.SUBMITTED) {
            throw new BusinessRuleException("report.alreadySubmitted");
        }
    }

    /** Not in the future, not before the month begins, not after the last day the month is open for the project. */
    private void checkDate(ProjectRef project, YearMonth month, ProgressReportData data) {
        var date = data.reportDate();
        if (date.isAfter(calendar.today())) {
            throw new BusinessRuleException("report.date.future");
        }
        var lastDay = reopenedMonths(project).getOrDefault(month, calendar.closeDate(month).minusDays(1));
        if (date.isBefore(month.atDay(1)) || date.isAfter(lastDay)) {
            throw new BusinessRuleException("report.date.outsideMonth");
        }
    }

    /** Progress lower than the last reported figure needs a written reason. */
    private void checkDecrease(ProjectRef project, YearMonth month, ProgressReportData data) {
        if (data.progress() == null || (data.decreaseReason() != null && !data.decreaseReason().isBlank())) {
            return;
        }
        repository.findByProjectIdOrderByReportMonthAscReportDateAscIdAsc(project.id()).stream()
                .filter(r -> r.getMonth().isBefore(month) && r.getProgress() != null)
                .reduce((a, b) -> b)
                .filter(previous -> data.progress().compareTo(previous.getProgress()) < 0)
                .ifPresent(previous -> {
                    throw new BusinessRuleException("report.progress.decreaseNeedsReason",
                            previous.getProgress().toPlainString());
                });
    }

    /** The submitted disbursements never add up to more than the budget received. */
    private void checkBudget(ProjectRef project, ProgressReport report, BigDecimal disbursed) {
        if (disbursed == null || disbursed.signum() == 0) {
            return;
        }
        var others = repository.disbursedExcept(project.id(), report == null ? -1 : report.getId());
        var remaining = project.budget().subtract(others);
        if (disbursed.compareTo(remaining) > 0) {
            throw new BusinessRuleException("report.budget.exceeded", Baht.formatAmount(remaining));
        }
    }

    private ProgressReport load(ProjectRef project, YearMonth month) {
        return repository.monthReport(project.id(), month.atDay(1))
                .orElseThrow(() -> new NotFoundException("ProgressReport", project.code() + " " + month));
    }

    private PlanView plan(ProjectRef project) {
        return plans.findByProjectId(project.id()).map(p -> new PlanView(p.months(), p.getVersion()))
                .orElseGet(() -> new PlanView(new TreeMap<>(), 0));
    }

    /** The months reopened for the project today, with the last day of each reopening. */
    private SortedMap<YearMonth, LocalDate> reopenedMonths(ProjectRef project) {
        var today = calendar.today();
        var months = new TreeMap<YearMonth, LocalDate>();
        for (var r : reopenings.findByProjectIdOrderByReopenedAt(project.id())) {
            if (!r.getOpenUntil().isBefore(today)) {
                months.merge(r.getMonth(), r.getOpenUntil(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return months;
    }

    private boolean closed(YearMonth month, Map<YearMonth, LocalDate> reopened) {
        return calendar.isClosed(month) && !reopened.containsKey(month);
    }

    /** A report has a number once filed, or while its month is still open; a draft left in a closed month has none. */
    private boolean counts(ProgressReport report, Map<YearMonth, LocalDate> reopened) {
        return report.getStatus().isFiled() || !closed(report.getMonth(), reopened);
    }
}
