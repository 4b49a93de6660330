package th.go.bangkok.tidtam.project;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditEntry;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.FigureSource;
import th.go.bangkok.tidtam.base.Interner;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.TidtamUser;
import th.go.bangkok.tidtam.strategy.PlanNode;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * Reading projects: the list, one project with its details, baseline, versions and history, and the key facts other
 * features ask for. Projects are registered and edited by the officers of their unit ({@link ProjectFilingService}),
 * read by the head of their office and by coordinators; changed by approved requests through
 * {@link ProjectBaselineService}; brought over from the old system through {@link ProjectImportService}. Every method
 * checks who calls it and whether that user may read that project; a project the user may not see is "not found",
 * exactly like one that does not exist.
 */
@Service
@Validated
public class ProjectService {

    private static final int EXPORT_PAGE = 500;

    private final ProjectRepository repository;
    private final ProjectQueries queries;
    private final ProjectAccess access;
    private final ProjectRules rules;
    private final CurrentUser currentUser;
    private final PlanService plan;
    private final AgencyService agencies;
    private final AuditService audit;
    private final List<ProjectRecords> records;
    private final ProjectBaselineRepository versions;
    private final th.go.bangkok.tidtam.base.FigureCache figures;

    ProjectService(ProjectRepository repository, ProjectQueries queries, ProjectAccess access, ProjectRules rules,
                   CurrentUser currentUser, PlanService plan, AgencyService agencies, AuditService audit,
                   List<ProjectRecords> records, ProjectBaselineRepository versions,
                   th.go.bangkok.tidtam.base.FigureCache figures) {
        this.repository = repository;
        this.queries = queries;
        this.access = access;
        this.rules = rules;
        this.currentUser = currentUser;
        this.plan = plan;
        this.agencies = agencies;
        this.audit = audit;
        this.records = records;
        this.versions = versions;
        this.figures = figures;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectListItem> find(ProjectFilter filter, Pageable pageable) {
        return withUsage(queries.page(currentUser.require(), filter, pageable)).stream().map(ROWS::intern).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(ProjectFilter filter) {
        // a list's count reads every match (all 100,000 projects for a coordinator): counted once for everyone
        // who sees the same list, until a project, an office or the plan is written (not a report: at month's end
        // one is filed every second; see FigureCache)
        var user = currentUser.require();
        return figures.get(new ListCount(ProjectQueries.scope(user, filter), filter), COUNTED_FROM,
                () -> queries.count(user, filter));
    }

    private record ListCount(Object scope, ProjectFilter filter) {
    }

    /** What a list's count is computed from: the projects' own columns, the office tree, the plan. */
    private static final Set<Class<? extends FigureSource>> COUNTED_FROM =
            Set.of(Project.class, Agency.class, PlanNode.class);

    /** Every project of the filtered list, page by page, for the Excel export. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void forEach(ProjectFilter filter, Consumer<ProjectListItem> action) {
        var user = currentUser.require();
        for (int page = 0; ; page++) {
            var items = withUsage(queries.page(user, filter, PageRequest.of(page, EXPORT_PAGE)));
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
        var project = rules.readable(user, code);
        return details(user, project);
    }

    /** For other features (progress reports): the project's key facts, if the caller may read it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProjectRef ref(String code) {
        var user = currentUser.require();
        var p = rules.readable(user, code);
        return rules.refOf(user, p);
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
                refs.put(p.getId(), rules.refOf(user, p));
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
        return repository.findActiveOfUnit(user.agencyId()).stream().map(p -> ProjectRules.refOf(p, true)).toList();
    }

    /** The project's baseline as it stands, for whoever may read the project. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Baseline baseline(String code) {
        return rules.readable(currentUser.require(), code).baseline();
    }

    /** Every kept version of the baseline, the original first; empty for a draft. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BaselineVersion> versions(String code) {
        var project = rules.readable(currentUser.require(), code);
        return versions.findByProjectIdOrderByVersionNo(project.getId()).stream().map(ProjectBaseline::view).toList();
    }

    /**
     * The audit trail of one project ("ประวัติ"), with the changes to its reports and other records kept by other
     * features, newest first, for anyone who may read the project.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String code) {
        var project = rules.readable(currentUser.require(), code);
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

    private ProjectDetails details(TidtamUser user, Project p) {
        var nodes = plan.all().stream().collect(java.util.stream.Collectors.toMap(PlanNodeView::id, n -> n));
        var chains = p.getPlanLinks().stream().map(l -> ProjectRules.chain(nodes, l.planNodeId())).toList();
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
                p.getEndDate(), p.getBudget(), rules.used(p.getId()),
                agencies.path(p.getAgency().getId()),
                p.getOwner().getFullName(), p.getResponsibleName(), p.getResponsiblePhone(), p.getCoordinatorName(),
                p.getCoordinatorPhone(), p.getRationale(), p.getObjectives(), p.getQualityTargets(),
                p.getQuantityTargets(), chains, p.getId(), p.getVersion(), data, can,
                // only imported projects hold notes: a project registered here costs no statement for them
                p.getImportedAt() == null ? List.of() : p.getImportNotes());
    }

    private List<ProjectListItem> withUsage(List<ProjectListItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        var usage = rules.usage(items.stream().map(ProjectListItem::id).toList());
        return items.stream().map(i -> usage.containsKey(i.id()) ? i.withUsage(usage.get(i.id())) : i).toList();
    }

    /**
     * The rows in every session's grid: equal rows (the same project as it is now, seen by users for whom it is
     * equally "mine" or not) are one instance for all of them (decision 0018: at month's end the coordinators'
     * lists open on the same page).
     */
    private static final Interner<ProjectListItem> ROWS = new Interner<>();

}
