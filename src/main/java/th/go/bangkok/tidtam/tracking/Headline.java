package th.go.bangkok.tidtam.tracking;

import java.math.BigDecimal;

/**
 * The dashboard's headline figures for one fiscal year and month: the projects running that month, the reports
 * received of those expected, late ones, behind plan, not on target, budget received against disbursed (to the
 * end of the month), and change requests waiting more than the allowed days.
 */
public record Headline(long activeProjects, long reported, long late, long behindPlan, long offTarget,
                       BigDecimal budget, BigDecimal disbursed, long staleChangeRequests) {

    public long missing() {
        return activeProjects - reported;
    }

    /** Reports received as a share of those expected, 0–100, one decimal. */
    public BigDecimal reportedPercent() {
        return Percent.of(reported, activeProjects);
    }

    public BigDecimal disbursedPercent() {
        return Percent.of(disbursed, budget);
    }
}
