package th.go.bangkok.tidtam.change;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.ProjectImportService;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * The import door of change requests: what the legacy importer needs and nothing more, so that it depends on this
 * narrow class rather than on the whole feature.
 */
@Service
@Validated
public class ChangeImportService {

    private final ChangeRequestRepository repository;
    private final ProjectService projects;
    private final ProjectImportService projectImports;
    private final AuditService audit;
    private final CurrentUser currentUser;

    ChangeImportService(ChangeRequestRepository repository, ProjectService projects,
                        ProjectImportService projectImports, AuditService audit, CurrentUser currentUser) {
        this.repository = repository;
        this.projects = projects;
        this.projectImports = projectImports;
        this.audit = audit;
        this.currentUser = currentUser;
    }

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
}
