package th.go.bangkok.tidtam.project;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;

/**
 * The officer's work on a project of their unit (and the administrator's): propose a code, register, save the form,
 * submit (ร่าง → ดำเนินการ, the baseline frozen from then on), close, delete a draft. Every method checks that the
 * caller may change that project; reading goes through {@link ProjectService}.
 */
@Service
@Validated
public class ProjectFilingService {

    private final ProjectRepository repository;
    private final ProjectAccess access;
    private final ProjectRules rules;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final AgencyService agencies;

    ProjectFilingService(ProjectRepository repository, ProjectAccess access, ProjectRules rules, CurrentUser currentUser,
                         AuditService audit, AgencyService agencies) {
        this.agencies = agencies;
        this.repository = repository;
        this.access = access;
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * The agencies the new-project form offers this user, by the rule {@link #create} enforces: an officer's unit and
     * the units below it; every division and group for an administrator (a project belongs to a unit).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AgencyNode> registrableAgencies() {
        var user = currentUser.require();
        return agencies.all().stream().filter(a -> access.mayRegisterFor(user, a.id(), a.parentId()))
                .filter(a -> user.role() != Role.ADMIN || a.level() != AgencyLevel.OFFICE).toList();
    }

    /** The next free code of the agency's office, e.g. 03000000-0007, proposed on the new-project form. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public String proposeCode(long agencyId) {
        var agency = rules.agency(agencyId);
        if (!access.mayRegisterFor(currentUser.require(), agency)) {
            throw new NotFoundException("Agency", agencyId);
        }
        return rules.nextCode(ProjectRules.officeOf(agency));
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public String create(@Valid ProjectData data) {
        var user = currentUser.require();
        var agency = rules.agency(data.agencyId());
        if (!access.mayRegisterFor(user, agency)) {
            throw new BusinessRuleException("project.agency.notYours");
        }
        var office = ProjectRules.officeOf(agency);
        var code = data.code() == null || data.code().isBlank() ? rules.nextCode(office) : data.code().strip();
        if (!code.startsWith(office.getCode() + "-")) {
            throw new BusinessRuleException("project.code.otherAgency", office.getCode());
        }
        if (repository.existsByCode(code)) {
            throw new BusinessRuleException("project.code.taken", code);
        }
        var project = rules.newProject(code, agency, office, user);
        project.applyBaseline(data, rules.links(data));
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
        var project = rules.editable(user, code);
        if (project.getVersion() != data.version()) {
            throw new ConcurrentChangeException("Project", code);
        }
        if (data.code() != null && !data.code().isBlank() && !data.code().strip().equals(project.getCode())) {
            throw new BusinessRuleException("project.code.immutable");
        }
        if (!data.agencyId().equals(project.getAgency().getId())) {
            throw new BusinessRuleException("project.agency.immutable");
        }
        var links = rules.links(data);
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
        var project = rules.editable(currentUser.require(), code);
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
        rules.keepOriginal(project);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void close(String code) {
        var project = rules.editable(currentUser.require(), code);
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
        var project = rules.editable(currentUser.require(), code);
        if (project.getStatus() != ProjectStatus.DRAFT) {
            throw new BusinessRuleException("project.delete.notDraft");
        }
        audit.deleted(project);
        repository.delete(project);
    }
}
