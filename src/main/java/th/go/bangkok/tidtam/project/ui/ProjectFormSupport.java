package th.go.bangkok.tidtam.project.ui;

import th.go.bangkok.tidtam.base.Trees;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    static Map<Long, String> paths(List<AgencyNode> all) {
        var byId = new HashMap<Long, AgencyNode>();
        all.forEach(a -> byId.put(a.id(), a));
        var paths = new HashMap<Long, String>();
        for (var a : all) {
            paths.put(a.id(), String.join(" / ", Trees.ancestry(a, n -> n.parentId() == null ? null
                    : byId.get(n.parentId())).stream().map(AgencyNode::nameTh).toList()));
        }
        return paths;
    }
}
