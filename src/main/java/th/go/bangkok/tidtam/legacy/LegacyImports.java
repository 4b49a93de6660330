package th.go.bangkok.tidtam.legacy;

import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.Trees;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * Importing the old system's exports. So far: the preview of one file, which reads it ({@link LegacyParser}),
 * matches its agency by name path in our tree and its plan references by level and code (the indicator by its
 * text under the goal), checks the code's agency prefix, and says whether the project is new. Administrators
 * and coordinators may preview any file; an officer only files of their own unit. {@link #store} keeps it.
 */
@Service
public class LegacyImports {

    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final AgencyService agencies;
    private final PlanService plan;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final ProjectService projects;
    private final ProgressService progress;
    private final AuditService audit;
    private final Clock clock;

    LegacyImports(AgencyService agencies, PlanService plan, CurrentUser currentUser, JdbcTemplate jdbc,
                  ProjectService projects, ProgressService progress, AuditService audit, Clock clock) {
        this.agencies = agencies;
        this.plan = plan;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.projects = projects;
        this.progress = progress;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores one export as a project with its reports, in one transaction: a file with errors stores nothing, the
     * same file again changes nothing ("unchanged"), another export of a project already here is refused for now.
     * Administrators only for now (the reports are written through the administrators' historical-report door);
     * the project belongs to the importer, is submitted when its plan link is known, and its reports are written
     * as filed on their dates; the import is recorded with the file's name and checksum and in the project's
     * history.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportOutcome store(String fileName, byte[] bytes) {
        var preview = preview(fileName, bytes);
        if (preview.hasErrors()) {
            throw new BusinessRuleException("legacy.hasErrors", fileName, preview.findings().stream()
                    .filter(f -> f.severity() == Finding.Severity.ERROR).findFirst().orElseThrow()
                    .text(th.go.bangkok.tidtam.base.ThaiDates.THAI));
        }
        var p = preview.project();
        var warnings = new ArrayList<>(preview.findings());
        if (preview.status() == ImportPreview.Status.EXISTS) {
            var same = jdbc.queryForObject("""
                    select count(*) from legacy_import i join project p on p.id = i.project_id
                    where p.code = ? and i.checksum = ?
                    """, Long.class, p.code(), preview.checksum());
            if (same != null && same > 0) {
                return new ImportOutcome(fileName, p.code(), ImportOutcome.Result.UNCHANGED, List.copyOf(warnings));
            }
            throw new BusinessRuleException("legacy.exists", p.code());
        }
        var importer = currentUser.require().getUsername();
        var code = projects.create(new ProjectData(p.code(), p.name(), p.fiscalYear(), p.startDate(), p.endDate(),
                p.budget(), preview.agencyId(), p.responsible().name(), p.responsible().phone(),
                p.coordinator().name(), p.coordinator().phone(), p.rationale(), p.objectives(), p.qualityTargets(),
                p.quantityTargets(), preview.planNodeIds(), 0));
        if (!preview.planNodeIds().isEmpty() && !p.objectives().isEmpty()) {
            projects.submit(code);
        } else {
            warnings.add(Finding.warning(0, "staysDraft"));
        }
        for (var r : p.reports()) {
            progress.recordHistorical(code, YearMonth.from(r.date()), new ProgressReportData(r.date(), r.steps(),
                    r.progress(), r.disbursed(), r.onPlan(), r.onTarget(), null, 0), false, importer);
        }
        long projectId = projects.ref(code).id();
        jdbc.update("""
                insert into legacy_import (project_id, file_name, checksum, encoding, warnings, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, projectId, fileName, preview.checksum(), preview.encoding(), warnings.size(), importer,
                java.sql.Timestamp.from(clock.instant()));
        audit.event(AuditAction.IMPORT, "Project", projectId, "imported from " + fileName + " (SHA-256 "
                + preview.checksum() + ", " + preview.encoding() + ", " + p.reports().size() + " reports, "
                + warnings.size() + " warnings)");
        return new ImportOutcome(fileName, code, ImportOutcome.Result.IMPORTED, List.copyOf(warnings));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new BusinessRuleException("legacy.tooLarge", fileName, MAX_FILE_BYTES / (1024 * 1024));
        }
        var user = currentUser.require();
        var result = LegacyParser.parse(bytes);
        var findings = new ArrayList<>(result.findings());
        var project = result.project();
        Long agencyId = null;
        var planNodeIds = new ArrayList<Long>();
        var status = ImportPreview.Status.NEW;
        if (project != null) {
            var all = agencies.all();
            var paths = AgencyNode.paths(all);
            var wanted = String.join(" / ", project.agencyPath());
            var agency = all.stream().filter(a -> wanted.equals(paths.get(a.id()))).findFirst();
            if (agency.isEmpty() && !project.agencyPath().isEmpty()) {
                findings.add(Finding.error(0, "agencyUnknown", wanted));
            }
            if (agency.isPresent()) {
                agencyId = agency.get().id();
                var office = office(agency.get(), all);
                if (project.code() != null && !project.code().startsWith(office.code() + "-")) {
                    findings.add(Finding.warning(0, "codePrefix", project.code(), office.code(), office.nameTh()));
                }
            }
            if (user.role() == Role.OFFICER && (agencyId == null || !agencyId.equals(user.agencyId()))) {
                throw new AccessDeniedException("an officer imports only files of their own unit");
            }
            planNodeIds.addAll(planNodes(project, findings));
            if (project.code() != null && !jdbc.queryForList("select id from project where code = ?", Long.class,
                    project.code()).isEmpty()) {
                status = ImportPreview.Status.EXISTS;
            }
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::line));
        return new ImportPreview(fileName, EvidenceCheck.sha256(bytes), result.encoding(), project, agencyId,
                List.copyOf(planNodeIds), status, List.copyOf(findings));
    }

    private static AgencyNode office(AgencyNode node, List<AgencyNode> all) {
        var byId = all.stream().collect(java.util.stream.Collectors.toMap(AgencyNode::id, a -> a));
        return Trees.ancestry(node, n -> n.parentId() == null ? null : byId.get(n.parentId())).getFirst();
    }

    /** The deepest plan node each chain reaches (the indicator if known, else its goal), unknown ones warned. */
    private List<Long> planNodes(LegacyProject project, List<Finding> findings) {
        var nodes = plan.all();
        PlanNodeView deepest = null;
        for (var ref : project.plan()) {
            PlanNodeView match;
            if (ref.level() == PlanLevel.INDICATOR) {
                var parent = deepest;
                match = nodes.stream().filter(n -> n.level() == PlanLevel.INDICATOR && n.nameTh().equals(ref.name())
                        && (parent == null || java.util.Objects.equals(n.parentId(), parent.id()))).findFirst().orElse(null);
            } else {
                match = nodes.stream().filter(n -> n.level() == ref.level() && n.code().equals(ref.code()))
                        .findFirst().orElse(null);
            }
            if (match == null) {
                findings.add(Finding.warning(0, "planUnknown", ref.code() == null ? "" : ref.code(), ref.name()));
            } else {
                deepest = match;
            }
        }
        return deepest == null || deepest.level() == PlanLevel.DIMENSION || deepest.level() == PlanLevel.SUB_ISSUE
                ? List.of() : List.of(deepest.id());
    }

}
