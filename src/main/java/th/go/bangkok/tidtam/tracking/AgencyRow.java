package th.go.bangkok.tidtam.tracking;

import java.math.BigDecimal;
import th.go.bangkok.tidtam.agency.AgencyLevel;

/**
 * One row of completeness by agency: an office, division or group with the figures of its own projects and of
 * every unit below it, rolled up. {@code parentId} builds the tree.
 */
public record AgencyRow(long agencyId, Long parentId, AgencyLevel level, String name, long projects, long reported,
                        long late, long behindPlan, long offTarget, BigDecimal budget, BigDecimal disbursed) {

    public long missing() {
        return projects - reported;
    }

    public BigDecimal disbursedPercent() {
        return Percent.of(disbursed, budget);
    }

    AgencyRow plus(AgencyRow other) {
        return new AgencyRow(agencyId, parentId, level, name, projects + other.projects, reported + other.reported,
                late + other.late, behindPlan + other.behindPlan, offTarget + other.offTarget,
                budget.add(other.budget), disbursed.add(other.disbursed));
    }
}
