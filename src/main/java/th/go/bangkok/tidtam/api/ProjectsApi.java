package th.go.bangkok.tidtam.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.bangkok.tidtam.change.ChangeService;
import th.go.bangkok.tidtam.change.ChangeStatus;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.project.ProjectFilter;
import th.go.bangkok.tidtam.project.ProjectListItem;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;

/** Projects as the token's owner may read them: the list with the filters of /projects, and one project. */
@RestController
@RequestMapping(path = "/api/v1/projects", produces = "application/json")
@Tag(name = "projects", description = "Projects the token's owner may read, with the filters of /projects")
class ProjectsApi {

    private final ProjectService projects;
    private final ProgressService reports;
    private final ChangeService changes;

    ProjectsApi(ProjectService projects, ProgressService reports, ChangeService changes) {
        this.projects = projects;
        this.reports = reports;
        this.changes = changes;
    }

    record ProjectItem(String code, String name, int fiscalYear, String agency, ProjectStatus status,
                       BigDecimal budget, BigDecimal disbursed, BigDecimal progress, boolean mine) {

        static ProjectItem of(ProjectListItem p) {
            return new ProjectItem(p.code(), p.name(), p.fiscalYear(), p.agencyName(), p.status(), p.budget(),
                    p.used(), p.progress(), p.mine());
        }
    }

    record Project(String code, String name, ProjectStatus status, int fiscalYear, LocalDate startDate,
                   LocalDate endDate, BigDecimal budget, BigDecimal disbursed, String agency, String responsibleName,
                   String responsiblePhone, List<String> objectives, List<String> qualityTargets,
                   List<Report> reports, List<ApprovedChange> approvedChanges) {
    }

    record Report(Integer number, YearMonth month, LocalDate reportDate, String status, BigDecimal progress,
                  BigDecimal planned, BigDecimal disbursed, Boolean onPlan, Boolean onTarget, boolean late,
                  boolean missed, String steps, String decreaseReason, Instant submittedAt) {
    }

    record ApprovedChange(long id, String kind, String reason, String description, List<String> changedFields,
                          Instant decidedAt, String letterNo, LocalDate letterDate) {
    }

    @GetMapping
    @Operation(summary = "Projects, a page at a time",
            description = "The same filters as /projects; fiscalYear in the Buddhist Era (e.g. 2569). Pages from 0, "
                    + "at most 50 projects each.")
    ApiPage<ProjectItem> list(
            @Parameter(description = "fiscal year, Buddhist Era") @RequestParam(required = false) Integer fiscalYear,
            @Parameter(description = "office id") @RequestParam(required = false) Long officeId,
            @Parameter(description = "division or group id") @RequestParam(required = false) Long agencyId,
            @Parameter(description = "strategy dimension id") @RequestParam(required = false) Long dimensionId,
            @RequestParam(required = false) ProjectStatus status,
            @Parameter(description = "words of the code or name") @RequestParam(required = false) String text,
            @Parameter(description = "only the owner's own projects") @RequestParam(defaultValue = "false")
            boolean mine,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var request = ApiPage.request(page, size);
        var filter = new ProjectFilter(fiscalYear, officeId, agencyId, dimensionId, status,
                text == null || text.isBlank() ? null : text.strip(), mine);
        var items = projects.find(filter, request).stream().map(ProjectItem::of).toList();
        return new ApiPage<>(items, page, size, projects.count(filter));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One project with its progress reports and its approved changes",
            description = "A project the token's owner may not read is 404, like one that does not exist.")
    Project get(@PathVariable String code) {
        var p = projects.get(code);
        var filed = reports.reports(code).stream().map(r -> new Report(r.number(), r.month(), r.reportDate(),
                r.status().name(), r.progress(), r.planned(), r.disbursed(), r.onPlan(), r.onTarget(), r.late(),
                r.missed(), r.steps(), r.decreaseReason(), r.submittedAt())).toList();
        var approved = changes.requests(code).stream().filter(c -> c.status() == ChangeStatus.APPROVED)
                .map(c -> new ApprovedChange(c.id(), c.kind().name(), c.reason(), c.description(),
                        c.changes().stream().map(Enum::name).toList(), c.decidedAt(), c.letterNo(), c.letterDate()))
                .toList();
        return new Project(p.code(), p.name(), p.status(), p.fiscalYear(), p.startDate(), p.endDate(), p.budget(),
                p.budgetUsed(), p.agencyPath(), p.responsibleName(), p.responsiblePhone(), p.objectives(),
                p.qualityTargets(), filed, approved);
    }
}
