package th.go.bangkok.tidtam.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.project.ProjectRef;
import th.go.bangkok.tidtam.project.ProjectBaselineService;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.users.UserService;

/**
 * The head's decisions on the change requests of their office, never on their own: approve with the letter's
 * number and date (applying the proposed values to the project in the same transaction), reject, or return for
 * revision. The requester is told.
 */
@Service
@Validated
public class ChangeDecisionService {

    private final ChangeRequestRepository repository;
    private final ChangeRules rules;
    private final ProjectService projects;
    private final ProjectBaselineService baselines;
    private final UserService users;
    private final NotificationService notifications;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final io.micrometer.core.instrument.MeterRegistry metrics;

    ChangeDecisionService(ChangeRequestRepository repository, ChangeRules rules, ProjectService projects,
                          ProjectBaselineService baselines, UserService users, NotificationService notifications,
                          AuditService audit, CurrentUser currentUser, Clock clock,
                          io.micrometer.core.instrument.MeterRegistry metrics) {
        this.metrics = metrics;
        this.repository = repository;
        this.rules = rules;
        this.projects = projects;
        this.baselines = baselines;
        this.users = users;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * อนุมัติ, with the approval letter: its number (normalised, unused this year) and date (not in the future, not
     * before the project's start). The proposed values are applied to the project in this same transaction, so
     * either both the decision and the change happen, or neither.
     */
    @PreAuthorize("hasRole('HEAD')")
    @Transactional
    public void approve(long id, String letterNo, LocalDate letterDate, long version) {
        var request = deciding(id, version);
        var project = rules.readable(request);
        var normalised = LetterNumber.normalise(letterNo)
                .orElseThrow(() -> new BusinessRuleException("change.letter.format"));
        if (letterDate == null) {
            throw new BusinessRuleException("change.letter.dateRequired");
        }
        if (letterDate.isAfter(clock.instant().atZone(ThaiDates.ZONE).toLocalDate())) {
            throw new BusinessRuleException("change.letter.future");
        }
        if (letterDate.isBefore(project.startDate())) {
            throw new BusinessRuleException("change.letter.beforeStart", ThaiDates.formatShort(project.startDate()));
        }
        int year = letterDate.getYear() + ThaiDates.BUDDHIST_OFFSET;
        repository.approvedWithLetter(year, normalised).ifPresent(other -> {
            var otherProject = projects.refs(List.of(other.getProjectId())).get(other.getProjectId());
            throw new BusinessRuleException("change.letter.used", normalised, year,
                    otherProject == null ? "#" + other.getId() : otherProject.code() + " #" + other.getId());
        });
        var before = request.auditState();
        request.approve(currentUser.require().getUsername(), clock.instant(), normalised, letterDate);
        repository.flush();
        baselines.applyApprovedChange(project.code(), request.base(), request.proposed(), request.getId(),
                request.getKind().messageKey(), normalised, letterDate);
        audit.updated(request, before);
        notifyRequester(request, project, "notification.change.approved", normalised);
        decided(ChangeStatus.APPROVED);
    }

    /** ไม่อนุมัติ, with the reason the officer will read. */
    @PreAuthorize("hasRole('HEAD')")
    @Transactional
    public void reject(long id, String reason, long version) {
        decide(id, version, ChangeStatus.REJECTED, reason, "change.reject.reasonRequired", "notification.change.rejected");
    }

    /** ส่งกลับแก้ไข, with a comment; the officer edits and submits again. */
    @PreAuthorize("hasRole('HEAD')")
    @Transactional
    public void returnForRevision(long id, String comment, long version) {
        decide(id, version, ChangeStatus.RETURNED, comment, "change.return.commentRequired", "notification.change.returned");
    }

    private void decide(long id, long version, ChangeStatus outcome, String text, String requiredKey, String message) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException(requiredKey);
        }
        if (text.strip().length() > Limits.LIST_ITEM) {
            throw new BusinessRuleException("validation.tooLong");
        }
        var request = deciding(id, version);
        var project = rules.readable(request);
        var before = request.auditState();
        request.decide(outcome, currentUser.require().getUsername(), clock.instant(), text.strip());
        repository.flush();
        audit.updated(request, before);
        notifyRequester(request, project, message, text.strip());
        decided(outcome);
    }

    private void decided(ChangeStatus outcome) {
        metrics.counter("tidtam.changes.decided", "outcome", outcome.name().toLowerCase()).increment();
    }

    /** The request, locked, still waiting, of the head's own office, not their own, and unchanged since they read it. */
    private ChangeRequest deciding(long id, long version) {
        var request = repository.lockById(id).orElseThrow(() -> new NotFoundException("ChangeRequest", id));
        var user = currentUser.require();
        if (user.agencyId() == null || user.agencyId() != request.getOfficeId()) {
            throw new NotFoundException("ChangeRequest", id);
        }
        if (request.getRequesterId() == user.id()) {
            throw new AccessDeniedException("nobody decides their own request");
        }
        if (request.getStatus() != ChangeStatus.SUBMITTED) {
            throw new BusinessRuleException("change.alreadyDecided");
        }
        if (request.getVersion() != version) {
            throw new ConcurrentChangeException("ChangeRequest", id);
        }
        return request;
    }

    private void notifyRequester(ChangeRequest request, ProjectRef project, String message, String detail) {
        notifications.send(users.recipient(request.getRequesterId()), message,
                List.of(project.code(), project.name(), detail), ProjectNavigation.tab(project.code(), ProjectNavigation.TAB_CHANGES));
    }
}
