package th.go.bangkok.tidtam.progress;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * The coordinators' side of monthly progress reports: sending a report back with a comment, and opening a closed
 * month again for one project.
 */
@Service
@Validated
public class ReportReviewService {

    private final ProgressReportRepository repository;
    private final ReportReopeningRepository reopenings;
    private final ProjectService projects;
    private final ReportingCalendar calendar;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ProgressRules rules;
    private final int reopenMaxDays;

    ReportReviewService(ProgressReportRepository repository, ReportReopeningRepository reopenings,
                        ProjectService projects, ReportingCalendar calendar, AuditService audit,
                        CurrentUser currentUser, Clock clock, ProgressRules rules,
                        @Value("${tidtam.reporting.reopen-max-days:14}") int reopenMaxDays) {
        this.repository = repository;
        this.reopenings = reopenings;
        this.projects = projects;
        this.calendar = calendar;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.rules = rules;
        this.reopenMaxDays = reopenMaxDays;
    }

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
        var report = rules.load(project, month);
        rules.checkNotFrozen(report);
        rules.checkOpen(project, month);
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
        if (!rules.inPeriod(project, month)) {
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
}
