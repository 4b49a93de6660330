package th.go.bangkok.tidtam.change;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
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
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.UserService;

/**
 * The officer's change requests (คำขอเปลี่ยนแปลง): drafted on a running project of their unit, edited only by the
 * officer who asked, submitted to the heads of the office, withdrawn before a decision.
 */
@Service
@Validated
public class ChangeFilingService {

    private final ChangeRequestRepository repository;
    private final ChangeEvidenceRepository evidence;
    private final ChangeRules rules;
    private final ProjectService projects;
    private final UserService users;
    private final NotificationService notifications;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChangeFilingService(ChangeRequestRepository repository, ChangeEvidenceRepository evidence, ChangeRules rules,
                        ProjectService projects, UserService users, NotificationService notifications,
                        AuditService audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.evidence = evidence;
        this.rules = rules;
        this.projects = projects;
        this.users = users;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** ขอเปลี่ยนแปลง: a draft request on a running project of the officer's unit. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public long create(String projectCode, @Valid ChangeRequestData data, List<EvidenceUpload> files) {
        return createDraft(projectCode, data, files).getId();
    }

    /**
     * The dialog's บันทึกร่าง: a new draft ({@code id} null) or the requester's edits to theirs, in one transaction;
     * answers the request's id and its new version.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public SavedChange saveDraft(Long id, String projectCode, @Valid ChangeRequestData data,
                                 List<EvidenceUpload> files) {
        var request = id == null ? createDraft(projectCode, data, files) : updateDraft(id, data, files);
        repository.flush();
        return new SavedChange(request.getId(), request.getVersion());
    }

    /**
     * The dialog's ยื่นคำขอ: saves and submits in one transaction, so a refused submit leaves nothing behind (no new
     * draft, no half-saved edit).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public SavedChange saveAndSubmit(Long id, String projectCode, @Valid ChangeRequestData data,
                                     List<EvidenceUpload> files) {
        var request = id == null ? createDraft(projectCode, data, files) : updateDraft(id, data, files);
        repository.flush();
        submit(request);
        return new SavedChange(request.getId(), request.getVersion());
    }

    private ChangeRequest createDraft(String projectCode, ChangeRequestData data, List<EvidenceUpload> files) {
        var project = projects.ref(projectCode);
        if (!project.editable()) {
            throw new AccessDeniedException("not the project's unit");
        }
        if (project.status() != ProjectStatus.ACTIVE) {
            throw new BusinessRuleException("change.project.notActive");
        }
        checkContent(data);
        var checked = EvidenceCheck.check(files, 0);
        var user = currentUser.require();
        var request = new ChangeRequest(project.id(), project.officeId(), user.id(), user.getUsername(), clock.instant());
        request.apply(data, projects.baseline(projectCode));
        repository.save(request);
        audit.created(request);
        attach(request, checked);
        return request;
    }

    /** The requester's edits to a draft or returned request (with more files). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void update(long id, @Valid ChangeRequestData data, List<EvidenceUpload> files) {
        updateDraft(id, data, files);
    }

    private ChangeRequest updateDraft(long id, ChangeRequestData data, List<EvidenceUpload> files) {
        var request = mine(id);
        if (request.getVersion() != data.version()) {
            throw new ConcurrentChangeException("ChangeRequest", id);
        }
        checkContent(data);
        var checked = EvidenceCheck.check(files, evidence.countByChangeRequestId(id));
        var before = request.auditState();
        request.apply(data, projects.baseline(rules.readable(request).code()));
        repository.flush();
        audit.updated(request, before);
        attach(request, checked);
        return request;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void removeEvidence(long id, long evidenceId) {
        var request = mine(id);
        var file = evidence.findById(evidenceId).filter(e -> e.getChangeRequestId() == id)
                .orElseThrow(() -> new NotFoundException("ChangeEvidence", evidenceId));
        audit.event(AuditAction.DETACH, request.auditType(), request.getId(), file.describe());
        evidence.delete(file);
    }

    /** ยื่นคำขอ: the baseline as it stands now becomes the request's base; the heads of the office are told. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void submit(long id) {
        submit(mine(id));
    }

    private void submit(ChangeRequest request) {
        var project = rules.readable(request);
        if (project.status() != ProjectStatus.ACTIVE) {
            throw new BusinessRuleException("change.project.notActive");
        }
        var current = projects.baseline(project.code());
        if (request.getKind().structured() && current.differencesFrom(request.proposed()).isEmpty()) {
            throw new BusinessRuleException("change.nothingProposed");
        }
        var before = request.auditState();
        request.submit(current, clock.instant());
        repository.flush();
        audit.updated(request, before);
        notifications.send(users.recipients(Role.HEAD, request.getOfficeId()), "notification.change.submitted",
                List.of(project.code(), project.name()), ChangeNavigation.request(request.getId()));
    }

    /** The requester takes the request back before a decision. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void withdraw(long id) {
        var request = ownedBy(id);
        if (request.getStatus() != ChangeStatus.DRAFT && request.getStatus() != ChangeStatus.SUBMITTED
                && request.getStatus() != ChangeStatus.RETURNED) {
            throw new BusinessRuleException("change.alreadyDecided");
        }
        var before = request.auditState();
        request.withdraw();
        repository.flush();
        audit.updated(request, before);
    }

    /** The signed-in user's own request, still editable. */
    private ChangeRequest mine(long id) {
        var request = ownedBy(id);
        if (!request.getStatus().editable()) {
            throw new BusinessRuleException("change.notEditable");
        }
        return request;
    }

    private ChangeRequest ownedBy(long id) {
        var request = repository.findById(id).orElseThrow(() -> new NotFoundException("ChangeRequest", id));
        var project = rules.readable(request);
        var user = currentUser.require();
        boolean admin = user.role() == Role.ADMIN;
        if (!admin && (request.getRequesterId() != user.id() || !project.editable())) {
            throw new AccessDeniedException("only the officer who asked changes a request");
        }
        return request;
    }

    private static void checkContent(ChangeRequestData data) {
        if (!data.kind().structured() && (data.description() == null || data.description().isBlank())) {
            throw new BusinessRuleException("change.description.required");
        }
    }

    private void attach(ChangeRequest request, List<EvidenceCheck.Checked> files) {
        var by = currentUser.require().getUsername();
        for (var file : files) {
            var stored = evidence.save(new ChangeEvidence(request.getId(), file, clock.instant(), by));
            audit.event(AuditAction.ATTACH, request.auditType(), request.getId(), stored.describe());
        }
    }
}
