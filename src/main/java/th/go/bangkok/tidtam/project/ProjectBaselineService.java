package th.go.bangkok.tidtam.project;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * The baseline of an active project changes only here: an approved change request, applied inside the change
 * service's decision, with the new baseline kept as a version after the original. Reading the baseline and its
 * versions goes through {@link ProjectService}.
 */
@Service
@Validated
public class ProjectBaselineService {

    private final ProjectRepository repository;
    private final ProjectRules rules;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ProjectBaselineRepository versions;
    private final Clock clock;

    ProjectBaselineService(ProjectRepository repository, ProjectRules rules, CurrentUser currentUser,
                           AuditService audit, ProjectBaselineRepository versions, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Applies an approved change request, inside the change service's decision (MANDATORY: never on its own).
     * Only the head of the project's office. The fields the request touches (where {@code proposed} differs from
     * {@code submittedBase}) must not have changed since it was submitted; the new baseline is kept as a version
     * with the approval letter, after the original.
     */
    @PreAuthorize("hasRole('HEAD')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void applyApprovedChange(String code, Baseline submittedBase, Baseline proposed, long changeRequestId,
                                    String labelKey, String letterNo, java.time.LocalDate letterDate) {
        var project = rules.readable(currentUser.require(), code);
        if (project.getStatus() != ProjectStatus.ACTIVE) {
            throw new BusinessRuleException("project.change.notActive");
        }
        var current = project.baseline();
        var touched = submittedBase.differencesFrom(proposed);
        var moved = submittedBase.differencesFrom(current).stream().filter(touched::contains).toList();
        if (!moved.isEmpty()) {
            throw new StaleBaselineException(moved.stream().map(f -> new StaleBaselineException.Moved(f,
                    submittedBase.text(f), current.text(f))).toList());
        }
        var changed = current.with(proposed, touched);
        if (changed.startDate().isAfter(changed.endDate())) {
            throw new BusinessRuleException("project.dates.order");
        }
        var used = rules.used(project.getId());
        if (changed.budget().compareTo(used) < 0) {
            throw new BusinessRuleException("project.change.budgetBelowUsed", th.go.bangkok.tidtam.base.Baht.formatAmount(used));
        }
        rules.keepOriginal(project);
        var before = project.auditState();
        project.applyChange(changed);
        repository.flush();
        audit.updated(project, before);
        int next = versions.findByProjectIdOrderByVersionNo(project.getId()).size();
        versions.save(new ProjectBaseline(project.getId(), next, BaselineJson.write(changed), changeRequestId, labelKey,
                letterNo, letterDate, clock.instant(), currentUser.require().getUsername()));
    }
}
