package th.go.bangkok.tidtam.tracking;

/** The coordinators' tracking dashboard. */
public final class TrackingNavigation {

    public static final String TRACKING = "tracking";

    private TrackingNavigation() {
    }
}
