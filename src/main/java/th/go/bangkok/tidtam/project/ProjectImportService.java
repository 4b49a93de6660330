package th.go.bangkok.tidtam.project;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * The import door of projects (old-system exports): what the legacy importer needs and nothing more, so that it
 * depends on this narrow class rather than on the whole feature. Open only while the importer stores a project's
 * file (ImportScope), only to whoever may import for the project's agency.
 */
@Service
@Validated
public class ProjectImportService {

    private final ProjectRepository repository;
    private final ProjectAccess access;
    private final ProjectRules rules;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final jakarta.validation.Validator validator;

    ProjectImportService(ProjectRepository repository, ProjectAccess access, ProjectRules rules,
                         CurrentUser currentUser, AuditService audit, Clock clock,
                         jakarta.validation.Validator validator) {
        this.repository = repository;
        this.access = access;
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * A project as an old-system export holds it (only while the importer stores its file, see ImportScope),
     * registered by whoever may import for its agency (administrators
     * and coordinators any, an officer their unit and the units below it) and marked as imported. Unlike
     * {@link ProjectFilingService#create}, the export's code is kept even when its prefix is not the office's (the importer was
     * warned in the preview); it must be free. Submitted at once when it has objectives and a plan link.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    @Transactional
    public String importProject(ProjectData data) {
        th.go.bangkok.tidtam.base.ImportScope.require(data.code() == null ? null : data.code().strip());
        validateAsFiled(data);
        var user = currentUser.require();
        var agency = rules.agency(data.agencyId());
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
        var project = rules.newProject(code, agency, ProjectRules.officeOf(agency), user);
        project.applyBaseline(data, rules.links(data));
        project.applyDetails(data);
        project.markImported(clock.instant());
        if (!project.getObjectives().isEmpty() && !project.getPlanLinks().isEmpty()) {
            project.setStatus(ProjectStatus.ACTIVE);
        }
        repository.save(project);
        audit.created(project);
        if (project.getStatus() == ProjectStatus.ACTIVE) {
            rules.keepOriginal(project);
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
        var project = rules.imported(currentUser.require(), code);
        if (project.getStatus() == ProjectStatus.CLOSED) {
            throw new BusinessRuleException("project.closed");
        }
        var before = project.auditState();
        project.applyBaseline(data, rules.links(data));
        project.applyDetails(data);
        if (project.getStatus() == ProjectStatus.DRAFT && !project.getObjectives().isEmpty()
                && !project.getPlanLinks().isEmpty()) {
            project.setStatus(ProjectStatus.ACTIVE);
        }
        repository.flush();
        audit.updated(project, before);
        if (project.getStatus() == ProjectStatus.ACTIVE) {
            rules.keepOriginal(project);
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
        var project = rules.imported(currentUser.require(), code);
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
        var p = rules.imported(user, code);
        return rules.refOf(user, p);
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
}
