package th.go.bangkok.tidtam.progress;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.ProjectRef;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;

/**
 * The rules a progress report is held to, shared by filing, review, import and reading: which project an officer
 * may file for, which months are open, what a sent report must hold, the budget ceiling. Package-private: the
 * feature's services ask it, nobody else.
 */
@Component
class ProgressRules {

    private final ProgressReportRepository repository;
    private final ReportReopeningRepository reopenings;
    private final ProjectService projects;
    private final ReportingCalendar calendar;

    ProgressRules(ProgressReportRepository repository, ReportReopeningRepository reopenings, ProjectService projects,
                  ReportingCalendar calendar) {
        this.repository = repository;
        this.reopenings = reopenings;
        this.projects = projects;
        this.calendar = calendar;
    }

    ProjectRef editable(String code) {
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
    boolean inPeriod(ProjectRef project, YearMonth month) {
        return !month.isBefore(YearMonth.from(project.startDate()))
                && !month.isAfter(YearMonth.from(project.endDate()).plusMonths(ProgressService.MONTHS_AFTER_END));
    }

    /** The month is in the project's reporting period, has begun, and is still open (or reopened) for it. */
    void checkOpen(ProjectRef project, YearMonth month) {
        if (!inPeriod(project, month) || month.isAfter(calendar.currentMonth())) {
            throw new BusinessRuleException("report.month.outOfPeriod");
        }
        if (closed(month, reopenedMonths(project))) {
            throw new BusinessRuleException("report.month.closed", ThaiDates.formatShort(calendar.closeDate(month)));
        }
    }

    /** What a report needs before it is sent, the first missing field named (the form marks them all). */
    static void checkComplete(ProgressReport report) {
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
    static void checkNotFrozen(ProgressReport report) {
        if (report != null && report.getStatus() == ReportStatus.FROZEN) {
            throw new BusinessRuleException("report.frozenRefused");
        }
    }

    /** The officer changes a draft or a returned report; a submitted one only after a coordinator returns it. */
    static void checkChangeable(ProgressReport report) {
        checkNotFrozen(report);
        if (report != null && report.getStatus() == ReportStatus.SUBMITTED) {
            throw new BusinessRuleException("report.alreadySubmitted");
        }
    }

    /** Not in the future, not before the month begins, not after the last day the month is open for the project. */
    void checkDate(ProjectRef project, YearMonth month, ProgressReportData data) {
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
    void checkDecrease(ProjectRef project, YearMonth month, ProgressReportData data) {
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
    void checkBudget(ProjectRef project, ProgressReport report, BigDecimal disbursed) {
        if (disbursed == null || disbursed.signum() == 0) {
            return;
        }
        var others = repository.disbursedExcept(project.id(), report == null ? -1 : report.getId());
        var remaining = project.budget().subtract(others);
        if (disbursed.compareTo(remaining) > 0) {
            throw new BusinessRuleException("report.budget.exceeded", Baht.formatAmount(remaining));
        }
    }

    ProgressReport load(ProjectRef project, YearMonth month) {
        return repository.monthReport(project.id(), month.atDay(1))
                .orElseThrow(() -> new NotFoundException("ProgressReport", project.code() + " " + month));
    }

    /** The months reopened for the project today, with the last day of each reopening. */
    SortedMap<YearMonth, LocalDate> reopenedMonths(ProjectRef project) {
        var today = calendar.today();
        var months = new TreeMap<YearMonth, LocalDate>();
        for (var r : reopenings.findByProjectIdOrderByReopenedAt(project.id())) {
            if (!r.getOpenUntil().isBefore(today)) {
                months.merge(r.getMonth(), r.getOpenUntil(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return months;
    }

    boolean closed(YearMonth month, Map<YearMonth, LocalDate> reopened) {
        return calendar.isClosed(month) && !reopened.containsKey(month);
    }

    /** A report has a number once filed, or while its month is still open; a draft left in a closed month has none. */
    boolean counts(ProgressReport report, Map<YearMonth, LocalDate> reopened) {
        return report.getStatus().isFiled() || !closed(report.getMonth(), reopened);
    }
}
