package th.go.bangkok.tidtam.change;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.base.files.EvidenceFile;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.project.ProjectRef;
import th.go.bangkok.tidtam.project.ProjectBaselineService;
import th.go.bangkok.tidtam.project.ProjectImportService;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.security.TidtamUser;
import th.go.bangkok.tidtam.users.UserService;

/**
 * Change requests (คำขอเปลี่ยนแปลง). The project's officer drafts one, submits it and may withdraw it before a
 * decision; only the officer who asked edits it. A head of the project's office, never the requester, approves it
 * with the letter's number and date (applying the proposed values to the project in the same transaction),
 * rejects it or returns it for revision. Whoever may read the project may read its requests.
 */
@Service
@Validated
public class ChangeService {

    private static final EnumSet<ChangeStatus> DECIDED = EnumSet.of(ChangeStatus.APPROVED, ChangeStatus.REJECTED,
            ChangeStatus.RETURNED, ChangeStatus.WITHDRAWN);

    private final ChangeRequestRepository repository;
    private final ChangeEvidenceRepository evidence;
    private final ProjectService projects;
    private final ProjectBaselineService baselines;
    private final ProjectImportService projectImports;
    private final UserService users;
    private final NotificationService notifications;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final th.go.bangkok.tidtam.base.People people;

    ChangeService(ChangeRequestRepository repository, ChangeEvidenceRepository evidence, ProjectService projects,
                  ProjectBaselineService baselines, ProjectImportService projectImports, UserService users, NotificationService notifications, AuditService audit, CurrentUser currentUser,
                  Clock clock, th.go.bangkok.tidtam.base.People people) {
        this.people = people;
        this.repository = repository;
        this.evidence = evidence;
        this.projects = projects;
        this.baselines = baselines;
        this.projectImports = projectImports;
        this.users = users;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** The project's requests, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChangeRequestView> requests(String projectCode) {
        var project = projects.ref(projectCode);
        return views(repository.findByProjectIdOrderByCreatedAtDesc(project.id()), Map.of(project.id(), project));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ChangeRequestView get(long id) {
        var request = repository.findById(id).orElseThrow(() -> new NotFoundException("ChangeRequest", id));
        var project = readable(request);
        return views(List.of(request), Map.of(project.id(), project)).getFirst();
    }

    /** /approvals: the requests waiting for the signed-in head's office, oldest first. */
    @PreAuthorize("hasRole('HEAD')")
    @Transactional(readOnly = true)
    public List<ChangeRequestView> pending(Pageable page) {
        var rows = repository.ofOffice(myOffice(), EnumSet.of(ChangeStatus.SUBMITTED), page);
        return views(rows, projects.refs(rows.stream().map(ChangeRequest::getProjectId).collect(Collectors.toSet())));
    }

    @PreAuthorize("hasRole('HEAD')")
    @Transactional(readOnly = true)
    public long countPending() {
        return repository.countOfOffice(myOffice(), EnumSet.of(ChangeStatus.SUBMITTED));
    }

    /** /approvals, below: the office's requests that left the queue, newest decision first. */
    @PreAuthorize("hasRole('HEAD')")
    @Transactional(readOnly = true)
    public List<ChangeRequestView> decided(ChangeFilter filter, Pageable page) {
        var rows = repository.decidedOfOffice(myOffice(), statuses(filter), filter.kind(), page);
        return views(rows, projects.refs(rows.stream().map(ChangeRequest::getProjectId).collect(Collectors.toSet())));
    }

    @PreAuthorize("hasRole('HEAD')")
    @Transactional(readOnly = true)
    public long countDecided(ChangeFilter filter) {
        return repository.countDecidedOfOffice(myOffice(), statuses(filter), filter.kind());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(long requestId, long evidenceId) {
        var request = repository.findById(requestId).orElseThrow(() -> new NotFoundException("ChangeRequest", requestId));
        readable(request);
        return evidence.findById(evidenceId).filter(e -> e.getChangeRequestId() == requestId)
                .orElseThrow(() -> new NotFoundException("ChangeEvidence", evidenceId)).file();
    }

    // ---- the officer's ---------------------------------------------------------------------------------------

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

    // ---- the import door (old-system exports) -----------------------------------------------------------------

    /**
     * A change the old system approved by letter, as an imported project's report mentions it, recorded as an
     * approved request of kind อื่น ๆ with the report's words as its reason and the letter's number and date. The
     * baseline is not touched (the export already shows the project as changed) and the letter does not count
     * against this system's letters of its year. Only into an imported project, by whoever may import for it, while
     * its file is being stored (see ImportScope).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional
    public long recordImported(String projectCode, String text, String letterNo, LocalDate letterDate) {
        th.go.bangkok.tidtam.base.ImportScope.require(projectCode);
        var project = projectImports.importedRef(projectCode);
        if (text == null || text.isBlank() || letterNo == null || letterNo.isBlank()) {
            throw new BusinessRuleException("change.reason.required");
        }
        var user = currentUser.require();
        var at = (letterDate == null ? project.startDate() : letterDate).atStartOfDay(ThaiDates.ZONE).toInstant();
        var reason = text.strip();
        var baseline = projects.baseline(projectCode);
        var request = new ChangeRequest(project.id(), project.officeId(), user.id(), user.getUsername(), at);
        request.apply(new ChangeRequestData(ChangeKind.OTHER, reason.length() > Limits.RATIONALE
                ? reason.substring(0, Limits.RATIONALE) : reason, null, baseline, 0), baseline);
        var letter = LetterNumber.normalise(letterNo).orElse(letterNo.strip());
        request.approveImported(user.getUsername(), at, letter.length() > 40 ? letter.substring(0, 40) : letter,
                letterDate);
        repository.save(request);
        audit.created(request);
        return request.getId();
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
        request.apply(data, projects.baseline(readable(request).code()));
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
        var project = readable(request);
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
                List.of(project.code(), project.name()), "approvals?request=" + request.getId());
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

    // ---- the head's ------------------------------------------------------------------------------------------

    /**
     * อนุมัติ, with the approval letter: its number (normalised, unused this year) and date (not in the future, not
     * before the project's start). The proposed values are applied to the project in this same transaction, so
     * either both the decision and the change happen, or neither.
     */
    @PreAuthorize("hasRole('HEAD')")
    @Transactional
    public void approve(long id, String letterNo, LocalDate letterDate, long version) {
        var request = deciding(id, version);
        var project = readable(request);
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
        var project = readable(request);
        var before = request.auditState();
        request.decide(outcome, currentUser.require().getUsername(), clock.instant(), text.strip());
        repository.flush();
        audit.updated(request, before);
        notifyRequester(request, project, message, text.strip());
    }

    // ---- rules ------------------------------------------------------------------------------------------------

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
        var project = readable(request);
        var user = currentUser.require();
        boolean admin = user.role() == Role.ADMIN;
        if (!admin && (request.getRequesterId() != user.id() || !project.editable())) {
            throw new AccessDeniedException("only the officer who asked changes a request");
        }
        return request;
    }

    /** The request's project, if the caller may read it; otherwise the request is "not found". */
    private ProjectRef readable(ChangeRequest request) {
        var project = projects.refs(List.of(request.getProjectId())).get(request.getProjectId());
        if (project == null) {
            throw new NotFoundException("ChangeRequest", request.getId());
        }
        return project;
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

    private void notifyRequester(ChangeRequest request, ProjectRef project, String message, String detail) {
        notifications.send(users.recipient(request.getRequesterId()), message,
                List.of(project.code(), project.name(), detail), "projects/" + project.code() + "?tab=changes");
    }

    private long myOffice() {
        TidtamUser user = currentUser.require();
        if (user.agencyId() == null) {
            throw new AccessDeniedException("a head without an office");
        }
        return user.agencyId();
    }

    private static EnumSet<ChangeStatus> statuses(ChangeFilter filter) {
        return filter.status() == null ? DECIDED : EnumSet.of(filter.status());
    }

    private List<ChangeRequestView> views(List<ChangeRequest> requests, Map<Long, ProjectRef> projectsById) {
        var files = requests.isEmpty() ? Map.<Long, List<ChangeEvidenceInfo>>of()
                : evidence.infoOf(requests.stream().map(ChangeRequest::getId).toList()).stream()
                .collect(Collectors.groupingBy(ChangeEvidenceInfo::changeRequestId));
        var me = currentUser.require().id();
        var today = clock.instant().atZone(ThaiDates.ZONE).toLocalDate();
        // who asked and who decided, by name (one query for the page)
        var names = people.names(requests.stream().flatMap(r -> java.util.stream.Stream.of(r.getRequestedBy(),
                r.getDecidedBy())).filter(java.util.Objects::nonNull).toList());
        var views = new ArrayList<ChangeRequestView>();
        for (var r : requests) {
            var project = projectsById.get(r.getProjectId());
            if (project == null) {
                continue;
            }
            var base = r.base();
            var proposed = r.proposed();
            var since = r.getSubmittedAt() == null ? r.getCreatedAt() : r.getSubmittedAt();
            views.add(new ChangeRequestView(r.getId(), project.code(), project.name(), r.getKind(), r.getReason(),
                    r.getDescription(), base, proposed, base.differencesFrom(proposed), r.getStatus(),
                    names.getOrDefault(r.getRequestedBy(), r.getRequestedBy()), r.getCreatedAt(), r.getSubmittedAt(),
                    r.getDecidedBy() == null ? null : names.getOrDefault(r.getDecidedBy(), r.getDecidedBy()), r.getDecidedAt(), r.getDecisionComment(),
                    r.getLetterNo(), r.getLetterDate(), files.getOrDefault(r.getId(), List.of()),
                    ChronoUnit.DAYS.between(since.atZone(ThaiDates.ZONE).toLocalDate(), today), r.getRequesterId() == me,
                    r.getVersion()));
        }
        return views;
    }
}
