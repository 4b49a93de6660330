package th.go.bangkok.tidtam.progress;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.project.ProjectRef;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * The officer's side of monthly progress reports (section 2 of the form): saving a draft with its evidence files,
 * sending it (or both at once), taking a sent one back, and the planned progress. Only the officers of the
 * project's unit, while the project runs and the month is open; the rules are {@link ProgressRules}.
 */
@Service
@Validated
public class ReportFilingService {

    private final ProgressReportRepository repository;
    private final ReportEvidenceRepository evidence;
    private final ProgressPlanRepository plans;
    private final ProjectService projects;
    private final ReportingCalendar calendar;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ProgressRules rules;
    private final MeterRegistry metrics;

    ReportFilingService(ProgressReportRepository repository, ReportEvidenceRepository evidence,
                        ProgressPlanRepository plans, ProjectService projects, ReportingCalendar calendar,
                        AuditService audit, CurrentUser currentUser, Clock clock, ProgressRules rules,
                        MeterRegistry metrics) {
        this.metrics = metrics;
        this.repository = repository;
        this.evidence = evidence;
        this.plans = plans;
        this.projects = projects;
        this.calendar = calendar;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.rules = rules;
    }

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
        var report = save(rules.editable(projectCode), month, data, files);
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
        var project = rules.editable(projectCode);
        return submit(project, save(project, month, data, files), month);
    }

    private ProgressReport save(ProjectRef project, YearMonth month, ProgressReportData data, List<EvidenceUpload> files) {
        var projectCode = project.code();
        var report = repository.monthReport(project.id(), month.atDay(1)).orElse(null);
        rules.checkNotFrozen(report);
        rules.checkOpen(project, month);
        rules.checkChangeable(report);
        if (report != null && report.getVersion() != data.version()) {
            throw new ConcurrentChangeException("ProgressReport", projectCode + " " + month);
        }
        var checked = EvidenceCheck.check(files, report == null ? 0 : evidence.countByReportId(report.getId()));
        rules.checkDate(project, month, data);
        rules.checkDecrease(project, month, data);
        rules.checkBudget(project, report, data.disbursed());
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
        var project = rules.editable(projectCode);
        var report = rules.load(project, month);
        rules.checkNotFrozen(report);
        rules.checkOpen(project, month);
        rules.checkChangeable(report);
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
        var project = rules.editable(projectCode);
        return submit(project, rules.load(project, month), month);
    }

    /**
     * ถอนรายงาน: the officer takes a submitted report back to correct it, as a draft, while its month is open
     * (until it closes and is frozen; a report the coordinator returned is already back with the officer).
     * The audit trail keeps the submission and the withdrawal.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void withdraw(String projectCode, YearMonth month) {
        var project = rules.editable(projectCode);
        var report = rules.load(project, month);
        rules.checkNotFrozen(report);
        rules.checkOpen(project, month);
        if (report.getStatus() != ReportStatus.SUBMITTED) {
            throw new BusinessRuleException("report.withdraw.notSubmitted");
        }
        var before = report.auditState();
        report.withdraw();
        repository.flush();
        audit.updated(report, before);
    }

    private SubmitResult submit(ProjectRef project, ProgressReport report, YearMonth month) {
        rules.checkNotFrozen(report);
        rules.checkComplete(report);
        rules.checkOpen(project, month);
        rules.checkChangeable(report);
        rules.checkBudget(project, report, report.getDisbursed());
        var before = report.auditState();
        boolean late = calendar.isLate(month, calendar.today());
        report.submit(clock.instant(), currentUser.require().getUsername(), late);
        repository.flush();
        audit.updated(report, before);
        metrics.counter("tidtam.reports.filed", "late", String.valueOf(late)).increment();
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
}
