package th.go.bangkok.tidtam.change;

import java.time.Clock;
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
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.files.EvidenceFile;
import th.go.bangkok.tidtam.project.ProjectRef;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.TidtamUser;

/**
 * Change requests (คำขอเปลี่ยนแปลง). The project's officer drafts one, submits it and may withdraw it before a
 * decision; only the officer who asked edits it. A head of the project's office, never the requester, approves it
 * with the letter's number and date (applying the proposed values to the project in the same transaction),
 * rejects it or returns it for revision. Whoever may read the project may read its requests.
 *
 * <p>This class reads; the officer's work goes through {@link ChangeFilingService}, the head's decisions through
 * {@link ChangeDecisionService}, the old system's approved changes through {@link ChangeImportService}.
 */
@Service
@Validated
public class ChangeService {

    private static final EnumSet<ChangeStatus> DECIDED = EnumSet.of(ChangeStatus.APPROVED, ChangeStatus.REJECTED,
            ChangeStatus.RETURNED, ChangeStatus.WITHDRAWN);

    private final ChangeRequestRepository repository;
    private final ChangeEvidenceRepository evidence;
    private final ChangeRules rules;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final th.go.bangkok.tidtam.base.People people;

    ChangeService(ChangeRequestRepository repository, ChangeEvidenceRepository evidence, ChangeRules rules,
                  ProjectService projects, CurrentUser currentUser, Clock clock,
                  th.go.bangkok.tidtam.base.People people) {
        this.repository = repository;
        this.evidence = evidence;
        this.rules = rules;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
        this.people = people;
    }

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
        var project = rules.readable(request);
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
        rules.readable(request);
        return evidence.findById(evidenceId).filter(e -> e.getChangeRequestId() == requestId)
                .orElseThrow(() -> new NotFoundException("ChangeEvidence", evidenceId)).file();
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
