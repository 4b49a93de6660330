package th.go.bangkok.tidtam.progress;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.ProjectRef;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * Monthly progress reports (section 2 of the form). The project's officers file them; coordinators return
 * them with a comment; heads and coordinators read them. Whoever may read the project may read its reports.
 * A month closes on the close day of the next month: its submitted reports are frozen for everybody.
 */
@Service
@Validated
public class ProgressService {

    /** Reports may be filed up to two months after the project's end. */
    public static final int MONTHS_AFTER_END = 2;

    private final ProgressReportRepository repository;
    private final ProjectService projects;
    private final ReportingCalendar calendar;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressService(ProgressReportRepository repository, ProjectService projects, ReportingCalendar calendar,
                    AuditService audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.projects = projects;
        this.calendar = calendar;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportView> reports(String projectCode) {
        var project = projects.ref(projectCode);
        return views(repository.findByProjectIdOrderByReportMonth(project.id()));
    }

    /**
     * The officer's to-do list for this month: every active project of their unit whose report is missing,
     * a draft or returned, with its due date. Two queries, whatever the number of projects.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional(readOnly = true)
    public List<DueReport> due() {
        var month = calendar.currentMonth();
        var open = projects.activeOfMyUnit().stream()
                .filter(p -> !month.isBefore(YearMonth.from(p.startDate()))
                        && !month.isAfter(YearMonth.from(p.endDate()).plusMonths(MONTHS_AFTER_END)))
                .toList();
        if (open.isEmpty() || calendar.isClosed(month)) {
            return List.of();
        }
        var reports = repository.findByProjectIdInAndReportMonth(open.stream().map(ProjectRef::id).toList(),
                month.atDay(1)).stream().collect(java.util.stream.Collectors.toMap(ProgressReport::getProjectId, r -> r));
        var dueDate = calendar.dueDate(month);
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(calendar.today(), dueDate);
        return open.stream().filter(p -> !reports.containsKey(p.id())
                        || reports.get(p.id()).getStatus() != ReportStatus.SUBMITTED)
                .map(p -> {
                    var report = reports.get(p.id());
                    return new DueReport(p.code(), p.name(), month, dueDate, daysLeft,
                            report == null ? null : report.getStatus(), report == null ? null : report.getReturnComment());
                }).toList();
    }

    /** Saves the month's report as a draft (creating it), or the officer's fixes to a returned one. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void save(String projectCode, YearMonth month, @Valid ProgressReportData data) {
        var project = editable(projectCode);
        checkMonth(project, month);
        var report = repository.findByProjectIdAndReportMonth(project.id(), month.atDay(1)).orElse(null);
        if (report != null && report.getStatus() == ReportStatus.SUBMITTED) {
            throw new BusinessRuleException("report.alreadySubmitted");
        }
        if (report != null && report.getVersion() != data.version()) {
            throw new ConcurrentChangeException("ProgressReport", projectCode + " " + month);
        }
        checkDate(month, data);
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
    }

    /** ส่งรายงาน: on time until the due day, late after it, refused once the month has closed. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void submit(String projectCode, YearMonth month) {
        var project = editable(projectCode);
        checkMonth(project, month);
        var report = load(project, month);
        if (report.getStatus() == ReportStatus.SUBMITTED) {
            throw new BusinessRuleException("report.alreadySubmitted");
        }
        checkBudget(project, report, report.getDisbursed());
        var before = report.auditState();
        report.submit(clock.instant(), currentUser.require().getUsername(),
                calendar.isLate(month, calendar.today()));
        repository.flush();
        audit.updated(report, before);
    }

    /** ส่งกลับแก้ไข, by a coordinator, with the comment the officer will see; not once the month has closed. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void returnForRevision(String projectCode, YearMonth month, String comment) {
        var project = projects.ref(projectCode);
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("report.return.commentRequired");
        }
        if (calendar.isClosed(month)) {
            throw new BusinessRuleException("report.month.closed", ThaiDates.formatShort(calendar.closeDate(month)));
        }
        var report = load(project, month);
        if (report.getStatus() != ReportStatus.SUBMITTED) {
            throw new BusinessRuleException("report.return.notSubmitted");
        }
        var before = report.auditState();
        report.returnForRevision(comment.strip());
        repository.flush();
        audit.updated(report, before);
    }

    /**
     * A report of a month gone by, as the old system or the demo data hold it: written as submitted, outside the
     * filing window, but still within the budget. Administrators only (imports run as the system).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void recordHistorical(String projectCode, YearMonth month, @Valid ProgressReportData data, boolean late,
                                 String submittedBy) {
        var project = projects.ref(projectCode);
        if (repository.findByProjectIdAndReportMonth(project.id(), month.atDay(1)).isPresent()) {
            throw new BusinessRuleException("report.alreadySubmitted");
        }
        checkBudget(project, null, data.disbursed());
        var report = new ProgressReport(project.id(), month, clock.instant());
        report.apply(data);
        report.submit(data.reportDate().atStartOfDay(ThaiDates.ZONE).toInstant(), submittedBy, late);
        repository.save(report);
        audit.created(report);
    }

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

    private void checkMonth(ProjectRef project, YearMonth month) {
        var first = YearMonth.from(project.startDate());
        var last = YearMonth.from(project.endDate()).plusMonths(MONTHS_AFTER_END);
        if (month.isBefore(first) || month.isAfter(last) || month.isAfter(calendar.currentMonth())) {
            throw new BusinessRuleException("report.month.outOfPeriod");
        }
        if (calendar.isClosed(month)) {
            throw new BusinessRuleException("report.month.closed", ThaiDates.formatShort(calendar.closeDate(month)));
        }
    }

    private void checkDate(YearMonth month, ProgressReportData data) {
        var date = data.reportDate();
        if (date.isAfter(calendar.today())) {
            throw new BusinessRuleException("report.date.future");
        }
        if (date.isBefore(month.atDay(1)) || !date.isBefore(calendar.closeDate(month))) {
            throw new BusinessRuleException("report.date.outsideMonth");
        }
    }

    /** Progress lower than the last reported figure needs a written reason. */
    private void checkDecrease(ProjectRef project, YearMonth month, ProgressReportData data) {
        if (data.progress() == null || (data.decreaseReason() != null && !data.decreaseReason().isBlank())) {
            return;
        }
        repository.findByProjectIdOrderByReportMonth(project.id()).stream()
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
        return repository.findByProjectIdAndReportMonth(project.id(), month.atDay(1))
                .orElseThrow(() -> new NotFoundException("ProgressReport", project.code() + " " + month));
    }

    private List<ReportView> views(List<ProgressReport> reports) {
        var views = new ArrayList<ReportView>();
        int round = 0;
        for (int i = 0; i < reports.size(); i++) {
            var r = reports.get(i);
            Integer thisRound = null;
            if (r.getDisbursed() != null && r.getDisbursed().signum() > 0) {
                thisRound = ++round;
            }
            views.add(new ReportView(i + 1, r.getMonth(), r.getReportDate(), r.getSteps(), r.getProgress(),
                    r.getDisbursed(), thisRound, r.getOnPlan(), r.getOnTarget(), r.getDecreaseReason(), r.getStatus(),
                    r.isLate(), r.getStatus() == ReportStatus.SUBMITTED && calendar.isClosed(r.getMonth()),
                    r.getReturnComment(), r.getSubmittedBy(), r.getSubmittedAt(), r.getVersion()));
        }
        return views;
    }
}
