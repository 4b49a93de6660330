package th.go.bangkok.tidtam.change.ui;

import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.change.ChangeNavigation;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.RoleHome;

/** Heads start where their work waits: the requests to approve. */
@Component
class ApprovalsHome implements RoleHome {

    @Override
    public Role role() {
        return Role.HEAD;
    }

    @Override
    public String address() {
        return ChangeNavigation.APPROVALS;
    }
}
