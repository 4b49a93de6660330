package th.go.bangkok.tidtam.legacy;

import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.agency.AgencyData;
import th.go.bangkok.tidtam.agency.AgencyNames;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.NewDataRule;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.change.ChangeImportService;
import th.go.bangkok.tidtam.progress.HistoricalReport;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ReportImportService;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectImportService;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.security.TidtamUser;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * Importing the old system's exports, one file at a time (the batches and ZIPs are {@link ImportBatches}).
 * {@link #preview} reads a file ({@link LegacyParser}), matches its agency level by level by short or official
 * name (or a remembered mapping, decision 0016) and its plan references by level and code (the indicator by its
 * text under the goal), checks the code's agency prefix and says whether the project is new, unchanged or an
 * update, and what an update would change. {@link #store} keeps it in one transaction, through the import doors of
 * the project, progress and change services. History is kept as it was filed (decision 0015): only a file that is
 * no project at all is refused; each break of the portal's rules is a warning, and what has no field is a note.
 *
 * <p>Administrators and coordinators may import any file, an officer files of their own unit (and the units
 * below it). Only administrators may add the agencies a file names that are not in the tree.
 *
 * <p>It writes only through the narrow import doors ({@link ProjectImportService}, {@link ReportImportService},
 * {@link ChangeImportService}); what an update would change is read by {@link ImportDifferences}. One file because
 * preview and store are the two halves of one import: store previews again and acts on exactly what the preview
 * found, and the matching and mapping between them serve both.
 */
@Service
public class LegacyImports {

    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    static final String REPORT_NEW = "legacy.field.reportNew";
    static final String APPROVAL = "legacy.field.approval";
    static final String NOTES = "legacy.field.notes";

    private final AgencyService agencies;
    private final PlanService plan;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final ProjectImportService projectImports;
    private final ImportDifferences differences;
    private final ReportImportService reportImports;
    private final ChangeImportService changes;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;
    private final LegacyAgencyMappings mappings;

    LegacyImports(AgencyService agencies, PlanService plan, CurrentUser currentUser, JdbcTemplate jdbc,
                  ProjectImportService projectImports, ImportDifferences differences, ReportImportService reportImports,
                  ChangeImportService changes, AuditService audit, Validator validator, Clock clock,
                  LegacyAgencyMappings mappings) {
        this.agencies = agencies;
        this.plan = plan;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.projectImports = projectImports;
        this.differences = differences;
        this.reportImports = reportImports;
        this.changes = changes;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.mappings = mappings;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] bytes) {
        return preview(fileName, bytes, ImportChoices.NONE);
    }

    /** What storing this file with these choices would do; nothing is written. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] bytes, ImportChoices choices) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new BusinessRuleException("legacy.tooLarge", fileName, MAX_FILE_BYTES / (1024 * 1024));
        }
        var user = currentUser.require();
        var result = LegacyParser.parse(bytes);
        var findings = new ArrayList<>(result.findings());
        var project = result.project();
        var checksum = EvidenceCheck.sha256(bytes);
        if (project == null) {
            return new ImportPreview(fileName, checksum, result.encoding(), null, null, null, List.of(), List.of(),
                    ImportPreview.Status.NEW, List.of(), sorted(findings));
        }
        var all = agencies.all();
        var paths = AgencyNode.paths(all);
        var wanted = String.join(" / ", project.agencyPath());
        AgencyNode agency = null;
        var toAdd = new ArrayList<String>();
        var named = AgencyNames.find(project.agencyPath(), all).orElse(null);
        if (user.role() == Role.OFFICER && named != null && !ofUnit(user, named)) {
            // another unit's file stays theirs, whatever agency it would be mapped to
            throw new AccessDeniedException("an officer imports only files of their own unit");
        }
        if (choices.agencyId() != null) {
            agency = all.stream().filter(a -> a.id() == choices.agencyId()).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("legacy.agencyChoice"));
            if (named == null || named.id() != agency.id()) {
                findings.add(Finding.warning(0, "agencyMapped", wanted, paths.get(agency.id())));
            }
        } else {
            agency = named;
            // an administrator who asked to add the file's agencies means it: a remembered mapping does not win
            boolean adding = choices.createAgency() && user.role() == Role.ADMIN;
            var remembered = agency != null || project.agencyPath().isEmpty() || adding ? null
                    : mappings.remembered(project.agencyPath(), all);
            if (remembered != null) {
                agency = remembered;
                findings.add(Finding.warning(0, "agencyRemembered", wanted, paths.get(agency.id())));
            }
            if (agency == null && !project.agencyPath().isEmpty()) {
                if (choices.createAgency() && user.role() == Role.ADMIN) {
                    toAdd.addAll(missing(project.agencyPath(), all));
                    findings.add(Finding.warning(0, "agencyAdded", String.join(" / ", toAdd)));
                } else {
                    findings.add(Finding.error(0, "agencyUnknown", wanted));
                }
            }
        }
        if (agency == null && project.agencyPath().isEmpty() && choices.agencyId() == null) {
            agency = AsFiled.byCodePrefix(project.code(), all);
            if (agency != null) {
                findings.add(Finding.warning(0, "agencyByCode", paths.get(agency.id())));
            } else {
                findings.add(Finding.error(0, "agencyNone"));
            }
        }
        if (user.role() == Role.OFFICER && agency != null && !ofUnit(user, agency)) {
            throw new AccessDeniedException("an officer imports only files of their own unit");
        }
        var byId = all.stream().collect(Collectors.toMap(AgencyNode::id, a -> a));
        if (user.role() == Role.OFFICER && agency != null && (named == null || named.id() != agency.id())
                && (project.code() == null || !project.code().startsWith(AgencyNode.officeOf(agency, byId).code() + "-"))) {
            // an agency the file does not name (a choice, a remembered mapping, the code's office) takes a file to
            // an officer's unit only when its code is their office's: another office's export stays theirs
            throw new AccessDeniedException("an officer imports only files of their own office");
        }
        if (agency != null && project.code() != null) {
            var office = AgencyNode.officeOf(agency, byId);
            if (!project.code().startsWith(office.code() + "-")) {
                findings.add(Finding.warning(0, "codePrefix", project.code(), office.code(), office.nameTh()));
            }
        }
        var nodes = plan.all();
        var planNodeIds = choices.planNodeId() != null ? chosenPlanNode(choices.planNodeId(), nodes, findings)
                : planNodes(project, nodes, findings);
        project = AsFiled.notYetFiled(project, java.time.LocalDate.now(clock.withZone(ThaiDates.ZONE)), findings);
        project = AsFiled.unlinkedPlanKept(project, nodes, planNodeIds, choices);
        project = AsFiled.storableReports(project, validator, r -> historical(r).data(), findings);
        AsFiled.sameMonth(project, findings);
        Long agencyId = agency == null ? null : agency.id();
        // a file the parser could not read as a project is refused for that, not again for what follows from it
        var violations = result.hasErrors() ? java.util.Set.<jakarta.validation.ConstraintViolation<ProjectData>>of()
                : validator.validate(data(project, agencyId == null ? 0L : agencyId, planNodeIds));
        for (var violation : violations) {
            if (NewDataRule.marks(violation)) {
                // a rule for what is filed here, which history need not keep: warned, stored as filed
                if (!AsFiled.warned(findings, violation)) {
                    findings.add(Finding.warning(0, "ruleKept", Finding.MessageKey.of(violation)));
                }
            } else {
                findings.add(Finding.error(0, "invalid", Finding.MessageKey.of(violation)));
            }
        }
        var status = ImportPreview.Status.NEW;
        var diff = new ArrayList<ImportPreview.Change>();
        var imported = project.code() == null ? null : projectImports.isImported(project.code());
        if (Boolean.FALSE.equals(imported)) {
            status = ImportPreview.Status.REGISTERED_HERE;
            findings.add(Finding.error(0, "registeredHere", project.code()));
        } else if (Boolean.TRUE.equals(imported)) {
            if (differences.alreadyImported(project.code(), checksum)) {
                status = ImportPreview.Status.UNCHANGED;
            } else {
                diff.addAll(differences.differences(project, agency == null ? wanted : paths.get(agency.id()), planNodeIds, nodes,
                        findings));
                status = diff.isEmpty() ? ImportPreview.Status.UNCHANGED : ImportPreview.Status.UPDATE;
            }
        }
        return new ImportPreview(fileName, checksum, result.encoding(), project, agencyId,
                agency == null ? wanted : paths.get(agency.id()), List.copyOf(toAdd), planNodeIds, status,
                List.copyOf(diff), sorted(findings));
    }

    /**
     * Stores one export, in one transaction: a file with errors stores nothing; the same content again changes
     * nothing ("unchanged"); a new project is made with the export's code, its reports as filed on their dates
     * (frozen as closed months) and the changes its reports say were approved; a newer export of an imported
     * project applies what its preview listed (new reports are added, the reports already here are kept). The
     * import is recorded with the file's name and checksum and in the project's history.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional
    public ImportOutcome store(String fileName, byte[] bytes, ImportChoices choices) {
        var preview = preview(fileName, bytes, choices);
        var p = preview.project();
        if (preview.hasErrors()) {
            throw new BusinessRuleException("legacy.hasErrors", fileName, preview.findings().stream()
                    .filter(f -> f.severity() == Finding.Severity.ERROR).findFirst().orElseThrow()
                    .text(ThaiDates.THAI));
        }
        var warnings = new ArrayList<>(preview.warnings());
        return th.go.bangkok.tidtam.base.ImportScope.open(p.code(), () -> switch (preview.status()) {
            case UNCHANGED -> new ImportOutcome(fileName, p.code(), ImportOutcome.Result.UNCHANGED,
                    List.copyOf(warnings), null);
            case UPDATE -> update(preview, warnings);
            case NEW -> create(preview, warnings);
            case REGISTERED_HERE -> throw new IllegalStateException("an error was found");
        });
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional
    public ImportOutcome store(String fileName, byte[] bytes) {
        return store(fileName, bytes, ImportChoices.NONE);
    }

    private ImportOutcome create(ImportPreview preview, List<Finding> warnings) {
        var p = preview.project();
        long agencyId = preview.agencyId() != null ? preview.agencyId() : addAgencies(p);
        var code = projectImports.importProject(data(p, agencyId, preview.planNodeIds()));
        if (!p.notes().isEmpty()) {
            projectImports.keepImportNotes(code, importNotes(p));
        }
        if (preview.planNodeIds().isEmpty() || p.objectives().isEmpty()) {
            warnings.add(Finding.warning(0, "staysDraft"));
        }
        int frozen = p.reports().isEmpty() ? 0 : reportImports.recordImported(code, p.reports().stream()
                .map(LegacyImports::historical).toList());
        for (var change : p.changes()) {
            changes.recordImported(code, change.text(), change.letterNo(), change.letterDate());
        }
        record(preview, ImportOutcome.Result.IMPORTED, warnings.size(), "imported from " + preview.fileName()
                + " (SHA-256 " + preview.checksum() + ", " + preview.encoding() + ", " + p.reports().size()
                + " reports, " + frozen + " frozen, " + p.changes().size() + " approved changes, " + warnings.size()
                + " warnings)");
        return new ImportOutcome(preview.fileName(), code, ImportOutcome.Result.IMPORTED, List.copyOf(warnings), null);
    }

    private ImportOutcome update(ImportPreview preview, List<Finding> warnings) {
        var p = preview.project();
        var code = p.code();
        if (preview.changes().stream().anyMatch(c -> !c.field().equals(REPORT_NEW) && !c.field().equals(APPROVAL)
                && !c.field().equals(NOTES))) {
            projectImports.reimport(code, data(p, preview.agencyId(), preview.planNodeIds()));
        }
        if (preview.changes().stream().anyMatch(c -> c.field().equals(NOTES))) {
            projectImports.keepImportNotes(code, importNotes(p));
        }
        var held = differences.held(code);
        var added = p.reports().stream().filter(r -> !held.imported().containsKey(r.number()) && !held.monthFiledHere(r))
                .map(LegacyImports::historical).toList();
        if (!added.isEmpty()) {
            reportImports.recordImported(code, added);
        }
        var letters = differences.recordedLetters(code);
        int approvals = 0;
        for (var change : p.changes()) {
            if (!letters.contains(change.letterNo())) {
                changes.recordImported(code, change.text(), change.letterNo(), change.letterDate());
                approvals++;
            }
        }
        record(preview, ImportOutcome.Result.UPDATED, warnings.size(), "updated from " + preview.fileName()
                + " (SHA-256 " + preview.checksum() + ", " + preview.changes().size() + " differences, "
                + added.size() + " reports added, " + approvals + " approved changes added)");
        return new ImportOutcome(preview.fileName(), code, ImportOutcome.Result.UPDATED, List.copyOf(warnings), null);
    }

    private void record(ImportPreview preview, ImportOutcome.Result result, int warnings, String summary) {
        long projectId = projectImports.importedRef(preview.project().code()).id();
        jdbc.update("""
                insert into legacy_import (project_id, file_name, checksum, encoding, warnings, imported_by,
                                           imported_at, outcome)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, projectId, preview.fileName(), preview.checksum(), preview.encoding(), warnings,
                currentUser.require().getUsername(), Timestamp.from(clock.instant()), result.name());
        audit.event(AuditAction.IMPORT, "Project", projectId, summary);
    }

    // ---- mapping -------------------------------------------------------------------------------------------------

    private static ProjectData data(LegacyProject p, long agencyId, List<Long> planNodeIds) {
        return new ProjectData(p.code(), p.name(), p.fiscalYear() == null ? 0 : p.fiscalYear(), p.startDate(),
                p.endDate(), p.budget(), agencyId, p.responsible().name() == null ? "" : p.responsible().name(),
                p.responsible().phone(),
                p.coordinator().name(), p.coordinator().phone(), p.rationale(), p.objectives(), p.qualityTargets(),
                p.quantityTargets(), planNodeIds, 0);
    }

    private static HistoricalReport historical(LegacyProject.Report r) {
        return new HistoricalReport(YearMonth.from(r.date()), new ProgressReportData(r.date(), r.steps(), r.progress(),
                r.disbursed(), r.onPlan(), r.onTarget(), null, 0), r.number(), r.round());
    }

    private static boolean ofUnit(TidtamUser user, AgencyNode agency) {
        if (user.agencyId() == null) {
            return false;
        }
        return user.agencyId().equals(agency.id()) || user.agencyId().equals(agency.parentId());
    }

    /** The names of the path not yet in the tree, below the deepest part that is. */
    private static List<String> missing(List<String> path, List<AgencyNode> all) {
        return List.copyOf(path.subList(AgencyNames.known(path, all).size(), path.size()));
    }

    /** Adds the agencies the file names below the deepest one we have (administrators only, by the agency service). */
    private long addAgencies(LegacyProject p) {
        var path = p.agencyPath();
        var known = AgencyNames.known(path, agencies.all());
        Long parent = known.isEmpty() ? null : known.getLast().id();
        for (int i = known.size(); i < path.size(); i++) {
            if (parent == null) {
                parent = agencies.createOffice(new AgencyData(p.code().substring(0, 8), path.get(i), null, 0));
            } else {
                parent = agencies.createChild(parent, new AgencyData(null, path.get(i), null, 0));
            }
        }
        return Objects.requireNonNull(parent);
    }

    private static List<Long> chosenPlanNode(long id, List<PlanNodeView> nodes, List<Finding> findings) {
        var node = nodes.stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new BusinessRuleException("legacy.planChoice"));
        if (node.level() == PlanLevel.DIMENSION || node.level() == PlanLevel.SUB_ISSUE) {
            throw new BusinessRuleException("legacy.planChoice");
        }
        findings.add(Finding.warning(0, "planMapped", ((node.code() == null ? "" : node.code()) + " " + node.nameTh()).strip()));
        return List.of(id);
    }

    /** The deepest plan node each chain reaches (the indicator if known, else its goal), unknown ones warned. */
    private static List<Long> planNodes(LegacyProject project, List<PlanNodeView> nodes, List<Finding> findings) {
        PlanNodeView deepest = null;
        for (var ref : project.plan()) {
            PlanNodeView match;
            if (ref.level() == PlanLevel.INDICATOR) {
                var parent = deepest;
                match = nodes.stream().filter(n -> n.level() == PlanLevel.INDICATOR && n.nameTh().equals(ref.name())
                        && (parent == null || Objects.equals(n.parentId(), parent.id()))).findFirst().orElse(null);
            } else {
                match = nodes.stream().filter(n -> n.level() == ref.level() && n.code().equals(ref.code()))
                        .findFirst().orElse(null);
            }
            if (match == null) {
                findings.add(Finding.warning(ref.line(), "planUnknown", ((ref.code() == null ? "" : ref.code()) + " " + ref.name()).strip()));
            } else {
                deepest = match;
            }
        }
        return deepest == null || deepest.level() == PlanLevel.DIMENSION || deepest.level() == PlanLevel.SUB_ISSUE
                ? List.of() : List.of(deepest.id());
    }


    /** What the parser and the preview could not place, as the project keeps it (a line of the export each). */
    static List<th.go.bangkok.tidtam.project.ImportNote> importNotes(LegacyProject p) {
        int max = th.go.bangkok.tidtam.project.ImportNote.MAX_TEXT;
        return p.notes().stream().map(n -> new th.go.bangkok.tidtam.project.ImportNote(n.line(),
                n.text().length() <= max ? n.text() : n.text().substring(0, max - 1) + "…")).toList();
    }

    private static List<Finding> sorted(List<Finding> findings) {
        findings.sort(Comparator.comparingInt(Finding::line));
        return List.copyOf(findings);
    }
}
