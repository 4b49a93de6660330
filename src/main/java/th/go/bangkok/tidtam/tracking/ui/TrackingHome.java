package th.go.bangkok.tidtam.tracking.ui;

import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.tracking.TrackingNavigation;
import th.go.bangkok.tidtam.users.RoleHome;

/** Coordinators start on the tracking dashboard. */
@Component
class TrackingHome implements RoleHome {

    @Override
    public Role role() {
        return Role.COORDINATOR;
    }

    @Override
    public String address() {
        return TrackingNavigation.TRACKING;
    }
}
