package th.go.bangkok.tidtam.project;

import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.security.TidtamUser;

/**
 * Who may see and change which project. An officer works on the projects of their own unit and the units
 * below it; a head reads every project of their office; coordinators and administrators read all; only
 * officers (of the unit) and administrators change projects.
 */
@Component
class ProjectAccess {

    boolean canRead(TidtamUser user, Project project) {
        return switch (user.role()) {
            case ADMIN, COORDINATOR -> true;
            case HEAD -> user.agencyId() != null && user.agencyId().equals(project.getOffice().getId());
            case OFFICER -> inUnit(user, project);
        };
    }

    boolean canEdit(TidtamUser user, Project project) {
        return switch (user.role()) {
            case ADMIN -> true;
            case OFFICER -> inUnit(user, project);
            case HEAD, COORDINATOR -> false;
        };
    }

    /** Whether an officer may register a project for this agency: their unit or one below it. */
    boolean mayRegisterFor(TidtamUser user, Agency agency) {
        return mayRegisterFor(user, agency.getId(), agency.getParent() == null ? null : agency.getParent().getId());
    }

    /** The same rule on an agency known by its id and its parent's (the tree the new-project form offers). */
    boolean mayRegisterFor(TidtamUser user, long agencyId, Long parentId) {
        return switch (user.role()) {
            case ADMIN -> true;
            case OFFICER -> user.agencyId() != null && (user.agencyId() == agencyId
                    || parentId != null && user.agencyId().equals(parentId));
            case HEAD, COORDINATOR -> false;
        };
    }

    /**
     * Whether the user may bring an old-system export of this agency over: administrators and coordinators any,
     * an officer their unit and the units below it (as registering).
     */
    boolean mayImportFor(TidtamUser user, Agency agency) {
        return switch (user.role()) {
            case ADMIN, COORDINATOR -> true;
            case OFFICER -> mayRegisterFor(user, agency);
            case HEAD -> false;
        };
    }

    private static boolean inUnit(TidtamUser user, Project project) {
        var unit = user.agencyId();
        return unit != null && (unit.equals(project.getAgency().getId())
                || project.getDivision() != null && unit.equals(project.getDivision().getId()));
    }
}
