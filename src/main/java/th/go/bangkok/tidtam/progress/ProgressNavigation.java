package th.go.bangkok.tidtam.progress;

/** The officer's list of reports to send. (A report itself opens on its project's page: ProjectNavigation.) */
public final class ProgressNavigation {

    public static final String DUE = "reports/due";

    private ProgressNavigation() {
    }
}
