package th.go.bangkok.tidtam.project;

/**
 * The list's filters, each optional; they are also the list's URL query parameters, so a filtered list can be
 * bookmarked. {@code agencyId} is a division or group of the office; {@code mineOnly} keeps the projects the
 * signed-in user owns ("โครงการของฉัน").
 */
public record ProjectFilter(Integer fiscalYear, Long officeId, Long agencyId, Long dimensionId, ProjectStatus status,
                            String text, boolean mineOnly) {

    public ProjectFilter(Integer fiscalYear, Long officeId, Long agencyId, Long dimensionId, ProjectStatus status,
                         String text) {
        this(fiscalYear, officeId, agencyId, dimensionId, status, text, false);
    }

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null, null, false);
    }
}
