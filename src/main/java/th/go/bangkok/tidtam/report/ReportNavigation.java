package th.go.bangkok.tidtam.report;

/** Where a printed form's QR code leads. (The form itself is at the project's address: ProjectNavigation.) */
public final class ReportNavigation {

    public static final String VERIFY = "verify";

    private ReportNavigation() {
    }

    public static String verify(String reference) {
        return VERIFY + "/" + reference;
    }
}
