package th.go.bangkok.tidtam.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/**
 * A project as its page shows it, in the order of the form, with what the signed-in user may do with it.
 * {@code data} is ready for the edit form. {@code importNotes}: the lines of its old-system export the importer
 * could not place (empty for a project registered here).
 */
public record ProjectDetails(
        String code, ProjectStatus status, int fiscalYear, String name, LocalDate startDate, LocalDate endDate,
        BigDecimal budget, BigDecimal budgetUsed, String agencyPath, String ownerName, String responsibleName,
        String responsiblePhone, String coordinatorName, String coordinatorPhone, String rationale,
        List<String> objectives, List<String> qualityTargets, List<QuantityTarget> quantityTargets,
        List<List<PlanNodeView>> planChains, long id, long version, ProjectData data, Permissions can,
        List<ImportNote> importNotes) {

    /** What the current user may do; the service checks again on every call. */
    public record Permissions(boolean edit, boolean editBaseline, boolean submit, boolean close, boolean delete) {
    }
}
