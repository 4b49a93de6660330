package th.go.bangkok.tidtam.project.ui;

import java.util.List;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.security.TidtamUser;

/** What the form's agency picker offers: the user's own unit and the units below it (all, for administrators). */
final class ProjectFormSupport {

    private ProjectFormSupport() {
    }

    static List<AgencyNode> agenciesFor(TidtamUser user, List<AgencyNode> all) {
        if (user.role() == Role.ADMIN) {
            return all.stream().filter(a -> a.level() != AgencyLevel.OFFICE).toList();
        }
        var mine = user.agencyId();
        return all.stream().filter(a -> mine != null && (a.id() == mine || a.parentId() != null && a.parentId() == mine.longValue()))
                .toList();
    }

}
