package th.go.bangkok.tidtam.project;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.Trees;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.TidtamUser;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;
import th.go.bangkok.tidtam.users.AppUser;

/**
 * What the project feature's services share: finding a project the caller may read, edit or import, the agency a
 * project belongs to and its next free code, the plan links a project may hold, the budget used, and the original
 * baseline kept when a project starts. Package-private: the feature's services ask it, nobody else.
 */
@Component
class ProjectRules {

    private final ProjectRepository repository;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final PlanService plan;
    private final EntityManager em;
    private final Clock clock;
    private final List<BudgetUsage> budgetUsage;
    private final ProjectBaselineRepository versions;

    ProjectRules(ProjectRepository repository, ProjectAccess access, CurrentUser currentUser, PlanService plan,
                 EntityManager em, Clock clock, List<BudgetUsage> budgetUsage, ProjectBaselineRepository versions) {
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.plan = plan;
        this.em = em;
        this.clock = clock;
        this.budgetUsage = budgetUsage;
        this.versions = versions;
    }

    Project readable(TidtamUser user, String code) {
        var project = repository.findByCode(code).orElseThrow(() -> new NotFoundException("Project", code));
        if (!access.canRead(user, project)) {
            throw new NotFoundException("Project", code);
        }
        return project;
    }

    Project editable(TidtamUser user, String code) {
        var project = readable(user, code);
        if (!access.canEdit(user, project)) {
            throw new AccessDeniedException("not the project's unit");
        }
        return project;
    }

    /** An imported project the user may import for; a project registered here is refused. */
    Project imported(TidtamUser user, String code) {
        var project = repository.findByCode(code).orElseThrow(() -> new NotFoundException("Project", code));
        if (!access.mayImportFor(user, project.getAgency())) {
            throw new AccessDeniedException("may not import for this agency");
        }
        if (project.getImportedAt() == null) {
            throw new BusinessRuleException("project.notImported", code);
        }
        return project;
    }

    ProjectRef refOf(TidtamUser user, Project p) {
        return refOf(p, access.canEdit(user, p));
    }

    static ProjectRef refOf(Project p, boolean editable) {
        return new ProjectRef(p.getId(), p.getCode(), p.getStatus(), p.getBudget(), p.getStartDate(), p.getEndDate(),
                editable, p.getName(), p.getOffice().getId());
    }

    /** A new project of the agency, in its office and (for a group or a division) its division, owned by the user. */
    Project newProject(String code, Agency agency, Agency office, TidtamUser user) {
        var division = agency.getLevel() == AgencyLevel.GROUP ? agency.getParent()
                : agency.getLevel() == AgencyLevel.DIVISION ? agency : null;
        return new Project(code, agency, office, division, em.getReference(AppUser.class, user.id()), clock.instant());
    }

    /** Version 0, the plan as the project started: written when it is submitted (or before its first change). */
    void keepOriginal(Project project) {
        if (versions.findByProjectIdOrderByVersionNo(project.getId()).isEmpty()) {
            versions.save(new ProjectBaseline(project.getId(), 0, BaselineJson.write(project.baseline()), null, null,
                    null, null, clock.instant(), currentUser.require().getUsername()));
        }
    }

    /** The budget used of one project: 0.00 before any report is filed. */
    BigDecimal used(long projectId) {
        var usage = usage(List.of(projectId)).get(projectId);
        return usage == null ? BigDecimal.ZERO.setScale(2) : usage.used();
    }

    Map<Long, BudgetUsage.Usage> usage(List<Long> ids) {
        return budgetUsage.isEmpty() ? Map.of() : budgetUsage.getFirst().usageByProject(ids);
    }

    static List<PlanNodeView> chain(Map<Long, PlanNodeView> nodes, long leafId) {
        return Trees.ancestry(nodes.get(leafId), n -> n.parentId() == null ? null : nodes.get(n.parentId()));
    }

    /** Plan links must be goals or indicators valid in the project's fiscal year. */
    List<PlanLink> links(ProjectData data) {
        if (data.planNodeIds().isEmpty()) {
            return List.of();
        }
        var nodes = plan.all().stream().collect(Collectors.toMap(PlanNodeView::id, n -> n));
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

    Agency agency(long id) {
        var agency = em.find(Agency.class, id);
        if (agency == null) {
            throw new NotFoundException("Agency", id);
        }
        return agency;
    }

    static Agency officeOf(Agency agency) {
        var a = agency;
        while (a.getParent() != null) {
            a = a.getParent();
        }
        return a;
    }

    String nextCode(Agency office) {
        int next = repository.maxCodeOfOffice(office.getCode())
                .map(max -> Integer.parseInt(max.substring(max.indexOf('-') + 1)) + 1).orElse(1);
        if (next > 9999) {
            throw new BusinessRuleException("project.code.exhausted", office.getCode());
        }
        return "%s-%04d".formatted(office.getCode(), next);
    }
}
