package th.go.bangkok.tidtam.project;

import th.go.bangkok.tidtam.base.Trees;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditEntry;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.TidtamUser;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;
import th.go.bangkok.tidtam.users.AppUser;

/**
 * Projects: registered and edited by the officers of their unit, read by the head of their office and by
 * coordinators. Every method checks who calls it and whether that user may touch that project; a project the
 * user may not see is "not found", exactly like one that does not exist.
 */
@Service
@Validated
public class ProjectService {

    private static final int EXPORT_PAGE = 500;

    private final ProjectRepository repository;
    private final ProjectQueries queries;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final PlanService plan;
    private final AgencyService agencies;
    private final AuditService audit;
    private final EntityManager em;
    private final Clock clock;
    private final List<BudgetUsage> budgetUsage;
    private final List<ProjectRecords> records;
    private final ProjectBaselineRepository versions;
    private final jakarta.validation.Validator validator;
    private final th.go.bangkok.tidtam.base.FigureCache figures;

    ProjectService(ProjectRepository repository, ProjectQueries queries, ProjectAccess access, CurrentUser currentUser,
                   PlanService plan, AgencyService agencies, AuditService audit, EntityManager em, Clock clock,
                   List<BudgetUsage> budgetUsage, List<ProjectRecords> records, ProjectBaselineRepository versions,
                   jakarta.validation.Validator validator, th.go.bangkok.tidtam.base.FigureCache figures) {
        this.validator = validator;
        this.figures = figures;
        this.budgetUsage = budgetUsage;
        this.records = records;
        this.versions = versions;
        this.repository = repository;
        this.queries = queries;
        this.access = access;
        this.currentUser = currentUser;
        this.plan = plan;
        this.agencies = agencies;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectListItem> find(ProjectFilter filter, Pageable pageable) {
        return withUsed(queries.page(currentUser.require(), filter, pageable));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(ProjectFilter filter) {
        // a list's count reads every match (all 100,000 projects for a coordinator): counted once for everyone
        // who sees the same list, until a project is written (see FigureCache)
        var user = currentUser.require();
        return figures.get(new ListCount(ProjectQueries.scope(user, filter), filter), () -> queries.count(user, filter));
    }

    private record ListCount(Object scope, ProjectFilter filter) {
    }

    /** Every project of the filtered list, page by page, for the Excel export. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void forEach(ProjectFilter filter, Consumer<ProjectListItem> action) {
        var user = currentUser.require();
        for (int page = 0; ; page++) {
            var items = withUsed(queries.page(user, filter, PageRequest.of(page, EXPORT_PAGE)));
            items.forEach(action);
            if (items.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProjectDetails get(String code) {
        var user = currentUser.require();
        var project = readable(user, code);
        return details(user, project);
    }

    /** For other features (progress reports): the project's key facts, if the caller may read it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProjectRef ref(String code) {
        var user = currentUser.require();
        var p = readable(user, code);
        return refOf(p, access.canEdit(user, p));
    }

    /** For other features' lists: the key facts of these projects, those the caller may read, in one query. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, ProjectRef> refs(java.util.Collection<Long> ids) {
        var user = currentUser.require();
        var refs = new java.util.HashMap<Long, ProjectRef>();
        if (ids.isEmpty()) {
            return refs;
        }
        for (var p : repository.findAllById(ids)) {
            if (access.canRead(user, p)) {
                refs.put(p.getId(), refOf(p, access.canEdit(user, p)));
            }
        }
        return refs;
    }

    /** The active projects of the signed-in officer's unit (and the units below it), for their reporting list. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional(readOnly = true)
    public List<ProjectRef> activeOfMyUnit() {
        var user = currentUser.require();
        if (user.agencyId() == null) {
            return List.of();
        }
        return repository.findActiveOfUnit(user.agencyId()).stream().map(p -> refOf(p, true)).toList();
    }

    /** The next free code of the agency's office, e.g. 03000000-0007, proposed on the new-project form. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public String proposeCode(long agencyId) {
        var agency = agency(agencyId);
        if (!access.mayRegisterFor(currentUser.require(), agency)) {
            throw new NotFoundException("Agency", agencyId);
        }
        return nextCode(officeOf(agency));
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public String create(@Valid ProjectData data) {
        var user = currentUser.require();
        var agency = agency(data.agencyId());
        if (!access.mayRegisterFor(user, agency)) {
            throw new BusinessRuleException("project.agency.notYours");
        }
        var office = officeOf(agency);
        var code = data.code() == null || data.code().isBlank() ? nextCode(office) : data.code().strip();
        if (!code.startsWith(office.getCode() + "-")) {
            throw new BusinessRuleException("project.code.otherAgency", office.getCode());
        }
        if (repository.existsByCode(code)) {
            throw new BusinessRuleException("project.code.taken", code);
        }
        var project = newProject(code, agency, office, user);
        project.applyBaseline(data, links(data));
        project.applyDetails(data);
        repository.save(project);
        audit.created(project);
        return code;
    }

    /**
     * Saves the form. In a draft everything may change; in an active project only the rationale and the
     * contacts: the baseline changes through a change request, and this refuses it naming the fields.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void update(String code, @Valid ProjectData data) {
        var user = currentUser.require();
        var project = editable(user, code);
        if (project.getVersion() != data.version()) {
            throw new ConcurrentChangeException("Project", code);
        }
        if (data.code() != null && !data.code().isBlank() && !data.code().strip().equals(project.getCode())) {
            throw new BusinessRuleException("project.code.immutable");
        }
        if (!data.agencyId().equals(project.getAgency().getId())) {
            throw new BusinessRuleException("project.agency.immutable");
        }
        var links = links(data);
        var before = project.auditState();
        switch (project.getStatus()) {
            case DRAFT -> project.applyBaseline(data, links);
            case ACTIVE -> {
                var changed = project.baselineChanges(data, links);
                if (!changed.isEmpty()) {
                    throw new BusinessRuleException("project.baseline.locked", String.join(", ", changed));
                }
            }
            case CLOSED -> throw new BusinessRuleException("project.closed");
        }
        project.applyDetails(data);
        repository.flush();
        audit.updated(project, before);
    }

    /** ร่าง → ดำเนินการ: from now on the baseline is frozen. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void submit(String code) {
        var project = editable(currentUser.require(), code);
        if (project.getStatus() != ProjectStatus.DRAFT) {
            throw new BusinessRuleException("project.submit.notDraft");
        }
        if (project.getObjectives().isEmpty() || project.getPlanLinks().isEmpty()) {
            throw new BusinessRuleException("project.submit.incomplete");
        }
        var before = project.auditState();
        project.setStatus(ProjectStatus.ACTIVE);
        repository.flush();
        audit.updated(project, before);
        keepOriginal(project);
    }

    // ---- the import door (old-system exports) -----------------------------------------------------------------

    /**
     * A project as an old-system export holds it (only while the importer stores its file, see ImportScope),
     * registered by whoever may import for its agency (administrators
     * and coordinators any, an officer their unit and the units below it) and marked as imported. Unlike
     * {@link #create}, the export's code is kept even when its prefix is not the office's (the importer was
     * warned in the preview); it must be free. Submitted at once when it has objectives and a plan link.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional
    public String importProject(ProjectData data) {
        th.go.bangkok.tidtam.base.ImportScope.require(data.code() == null ? null : data.code().strip());
        validateAsFiled(data);
        var user = currentUser.require();
        var agency = agency(data.agencyId());
        if (!access.mayImportFor(user, agency)) {
            throw new org.springframework.security.access.AccessDeniedException("may not import for this agency");
        }
        if (data.code() == null || data.code().isBlank()) {
            throw new BusinessRuleException("project.code.required");
        }
        var code = data.code().strip();
        if (repository.existsByCode(code)) {
            throw new BusinessRuleException("project.code.taken", code);
        }
        var project = newProject(code, agency, officeOf(agency), user);
        project.applyBaseline(data, links(data));
        project.applyDetails(data);
        project.markImported(clock.instant());
        if (!project.getObjectives().isEmpty() && !project.getPlanLinks().isEmpty()) {
            project.setStatus(ProjectStatus.ACTIVE);
        }
        repository.save(project);
        audit.created(project);
        if (project.getStatus() == ProjectStatus.ACTIVE) {
            keepOriginal(project);
        }
        return code;
    }

    /**
     * A newer export of an imported project: its fields replace the ones stored (each change in the audit trail,
     * old → new), a draft becomes active once it is complete. Only imported projects, only by whoever may import
     * for the agency; a closed project is not touched.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional
    public void reimport(String code, ProjectData data) {
        th.go.bangkok.tidtam.base.ImportScope.require(code);
        validateAsFiled(data);
        var project = imported(currentUser.require(), code);
        if (project.getStatus() == ProjectStatus.CLOSED) {
            throw new BusinessRuleException("project.closed");
        }
        var before = project.auditState();
        project.applyBaseline(data, links(data));
        project.applyDetails(data);
        if (project.getStatus() == ProjectStatus.DRAFT && !project.getObjectives().isEmpty()
                && !project.getPlanLinks().isEmpty()) {
            project.setStatus(ProjectStatus.ACTIVE);
        }
        repository.flush();
        audit.updated(project, before);
        if (project.getStatus() == ProjectStatus.ACTIVE) {
            keepOriginal(project);
        }
    }

    /**
     * The lines of the project's export the importer could not place, with their line numbers: they replace the
     * ones kept so far (audited), so a newer export leaves exactly its own. Same rule as {@link #reimport}: only
     * while the importer stores the file (ImportScope), only imported projects, only by whoever may import for
     * the agency.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional
    public void keepImportNotes(String code, List<@Valid ImportNote> notes) {
        th.go.bangkok.tidtam.base.ImportScope.require(code);
        var project = imported(currentUser.require(), code);
        if (project.getStatus() == ProjectStatus.CLOSED) {
            throw new BusinessRuleException("project.closed");
        }
        var before = project.auditState();
        project.replaceImportNotes(notes.stream().map(n -> new ImportNote(n.lineNo(), n.text().strip())).toList());
        repository.flush();
        audit.updated(project, before);
    }

    /**
     * For the import doors of other features (reports, approved changes): the imported project's key facts, if the
     * caller may import for its agency; a project registered here is refused.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional(readOnly = true)
    public ProjectRef importedRef(String code) {
        var user = currentUser.require();
        var p = imported(user, code);
        return refOf(p, access.canEdit(user, p));
    }

    /**
     * An imported project is kept as it was filed: what can be stored is checked, the rules for what is filed
     * here ({@link th.go.bangkok.tidtam.base.NewDataRule}) are not (the importer warned about each break).
     */
    private void validateAsFiled(ProjectData data) {
        var violations = validator.validate(data).stream()
                .filter(v -> !th.go.bangkok.tidtam.base.NewDataRule.marks(v)).collect(java.util.stream.Collectors.toSet());
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
    }

    /** Whether a project with this code was imported (null: there is none), for the import preview. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional(readOnly = true)
    public Boolean isImported(String code) {
        return repository.findByCode(code).map(p -> p.getImportedAt() != null).orElse(null);
    }

    private Project imported(TidtamUser user, String code) {
        var project = repository.findByCode(code).orElseThrow(() -> new NotFoundException("Project", code));
        if (!access.mayImportFor(user, project.getAgency())) {
            throw new org.springframework.security.access.AccessDeniedException("may not import for this agency");
        }
        if (project.getImportedAt() == null) {
            throw new BusinessRuleException("project.notImported", code);
        }
        return project;
    }

    /** The project's baseline as it stands, for whoever may read the project. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Baseline baseline(String code) {
        return readable(currentUser.require(), code).baseline();
    }

    /** Every kept version of the baseline, the original first; empty for a draft. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BaselineVersion> versions(String code) {
        var project = readable(currentUser.require(), code);
        return versions.findByProjectIdOrderByVersionNo(project.getId()).stream().map(ProjectBaseline::view).toList();
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
        var project = readable(currentUser.require(), code);
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
        var used = used(List.of(project.getId())).getOrDefault(project.getId(), BigDecimal.ZERO);
        if (changed.budget().compareTo(used) < 0) {
            throw new BusinessRuleException("project.change.budgetBelowUsed", th.go.bangkok.tidtam.base.Baht.formatAmount(used));
        }
        keepOriginal(project);
        var before = project.auditState();
        project.applyChange(changed);
        repository.flush();
        audit.updated(project, before);
        int next = versions.findByProjectIdOrderByVersionNo(project.getId()).size();
        versions.save(new ProjectBaseline(project.getId(), next, BaselineJson.write(changed), changeRequestId, labelKey,
                letterNo, letterDate, clock.instant(), currentUser.require().getUsername()));
    }

    /** Version 0, the plan as the project started: written when it is submitted (or before its first change). */
    private void keepOriginal(Project project) {
        if (versions.findByProjectIdOrderByVersionNo(project.getId()).isEmpty()) {
            versions.save(new ProjectBaseline(project.getId(), 0, BaselineJson.write(project.baseline()), null, null,
                    null, null, clock.instant(), currentUser.require().getUsername()));
        }
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void close(String code) {
        var project = editable(currentUser.require(), code);
        if (project.getStatus() != ProjectStatus.ACTIVE) {
            throw new BusinessRuleException("project.close.notActive");
        }
        var before = project.auditState();
        project.setStatus(ProjectStatus.CLOSED);
        repository.flush();
        audit.updated(project, before);
    }

    /** Only a draft may be deleted; a submitted project is part of the record. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void delete(String code) {
        var project = editable(currentUser.require(), code);
        if (project.getStatus() != ProjectStatus.DRAFT) {
            throw new BusinessRuleException("project.delete.notDraft");
        }
        audit.deleted(project);
        repository.delete(project);
    }

    /**
     * The audit trail of one project ("ประวัติ"), with the changes to its reports and other records kept by other
     * features, newest first, for anyone who may read the project.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String code) {
        var project = readable(currentUser.require(), code);
        var ids = new java.util.LinkedHashMap<String, List<String>>();
        ids.put(project.auditType(), List.of(String.valueOf(project.getId())));
        for (var contributor : records) {
            contributor.auditedRecordsOf(project.getId()).forEach((type, list) -> {
                if (!list.isEmpty()) {
                    ids.merge(type, list, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
                }
            });
        }
        return audit.trailOf(ids);
    }

    /** A new project of the agency, in its office and (for a group or a division) its division, owned by the user. */
    private Project newProject(String code, Agency agency, Agency office, TidtamUser user) {
        var division = agency.getLevel() == AgencyLevel.GROUP ? agency.getParent()
                : agency.getLevel() == AgencyLevel.DIVISION ? agency : null;
        return new Project(code, agency, office, division, em.getReference(AppUser.class, user.id()), clock.instant());
    }

    private static ProjectRef refOf(Project p, boolean editable) {
        return new ProjectRef(p.getId(), p.getCode(), p.getStatus(), p.getBudget(), p.getStartDate(), p.getEndDate(),
                editable, p.getName(), p.getOffice().getId());
    }

    private Project readable(TidtamUser user, String code) {
        var project = repository.findByCode(code).orElseThrow(() -> new NotFoundException("Project", code));
        if (!access.canRead(user, project)) {
            throw new NotFoundException("Project", code);
        }
        return project;
    }

    private Project editable(TidtamUser user, String code) {
        var project = readable(user, code);
        if (!access.canEdit(user, project)) {
            throw new org.springframework.security.access.AccessDeniedException("not the project's unit");
        }
        return project;
    }

    private ProjectDetails details(TidtamUser user, Project p) {
        var nodes = plan.all().stream().collect(java.util.stream.Collectors.toMap(PlanNodeView::id, n -> n));
        var chains = p.getPlanLinks().stream().map(l -> chain(nodes, l.planNodeId())).toList();
        boolean edit = access.canEdit(user, p) && p.getStatus() != ProjectStatus.CLOSED;
        var data = new ProjectData(p.getCode(), p.getName(), p.getFiscalYear(), p.getStartDate(), p.getEndDate(),
                p.getBudget(), p.getAgency().getId(), p.getResponsibleName(), p.getResponsiblePhone(),
                p.getCoordinatorName(), p.getCoordinatorPhone(), p.getRationale(), p.getObjectives(),
                p.getQualityTargets(), p.getQuantityTargets().stream().map(ProjectData.QuantityTargetData::of).toList(),
                p.getPlanLinks().stream().map(PlanLink::planNodeId).toList(), p.getVersion());
        var can = new ProjectDetails.Permissions(edit, edit && p.getStatus() == ProjectStatus.DRAFT,
                edit && p.getStatus() == ProjectStatus.DRAFT, edit && p.getStatus() == ProjectStatus.ACTIVE,
                edit && p.getStatus() == ProjectStatus.DRAFT);
        return new ProjectDetails(p.getCode(), p.getStatus(), p.getFiscalYear(), p.getName(), p.getStartDate(),
                p.getEndDate(), p.getBudget(), used(List.of(p.getId())).getOrDefault(p.getId(), BigDecimal.ZERO.setScale(2)),
                agencies.path(p.getAgency().getId()),
                p.getOwner().getFullName(), p.getResponsibleName(), p.getResponsiblePhone(), p.getCoordinatorName(),
                p.getCoordinatorPhone(), p.getRationale(), p.getObjectives(), p.getQualityTargets(),
                p.getQuantityTargets(), chains, p.getId(), p.getVersion(), data, can,
                // only imported projects hold notes: a project registered here costs no statement for them
                p.getImportedAt() == null ? List.of() : p.getImportNotes());
    }

    private List<ProjectListItem> withUsed(List<ProjectListItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        var used = used(items.stream().map(ProjectListItem::id).toList());
        return items.stream().map(i -> used.containsKey(i.id()) ? i.withUsed(used.get(i.id())) : i).toList();
    }

    private Map<Long, BigDecimal> used(List<Long> ids) {
        return budgetUsage.isEmpty() ? Map.of() : budgetUsage.getFirst().usedByProject(ids);
    }

    private static List<PlanNodeView> chain(Map<Long, PlanNodeView> nodes, long leafId) {
        return Trees.ancestry(nodes.get(leafId), n -> n.parentId() == null ? null : nodes.get(n.parentId()));
    }

    /** Plan links must be goals or indicators valid in the project's fiscal year. */
    private List<PlanLink> links(ProjectData data) {
        if (data.planNodeIds().isEmpty()) {
            return List.of();
        }
        var nodes = plan.all().stream().collect(java.util.stream.Collectors.toMap(PlanNodeView::id, n -> n));
        var year = FiscalYear.of(data.fiscalYear());
        var links = new ArrayList<PlanLink>();
        for (var id : data.planNodeIds().stream().distinct().toList()) {
            var node = nodes.get(id);
            if (node == null) {
                throw new NotFoundException("PlanNode", id);
            }
            if (node.level() == PlanLevel.DIMENSION || node.level() == PlanLevel.SUB_ISSUE) {
                throw new BusinessRuleException("project.plan.tooHigh", node.printed());
            }
            var chain = chain(nodes, id);
            if (chain.stream().anyMatch(n -> !n.validFor(year))) {
                throw new BusinessRuleException("project.plan.notValidForYear", node.printed(),
                        String.valueOf(data.fiscalYear()));
            }
            links.add(new PlanLink(id, chain.getFirst().id()));
        }
        return links;
    }

    private Agency agency(long id) {
        var agency = em.find(Agency.class, id);
        if (agency == null) {
            throw new NotFoundException("Agency", id);
        }
        return agency;
    }

    private static Agency officeOf(Agency agency) {
        var a = agency;
        while (a.getParent() != null) {
            a = a.getParent();
        }
        return a;
    }

    private String nextCode(Agency office) {
        int next = repository.maxCodeOfOffice(office.getCode())
                .map(max -> Integer.parseInt(max.substring(max.indexOf('-') + 1)) + 1).orElse(1);
        if (next > 9999) {
            throw new BusinessRuleException("project.code.exhausted", office.getCode());
        }
        return "%s-%04d".formatted(office.getCode(), next);
    }
}
