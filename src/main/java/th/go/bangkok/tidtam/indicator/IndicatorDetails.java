package th.go.bangkok.tidtam.indicator;

import java.util.List;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/**
 * /indicators/{id}: the indicator with its place in the plan, its targets over the years (newest first) each with
 * its quarters' results and status, the projects linked to it, and what the signed-in user may do.
 */
public record IndicatorDetails(PlanNodeView indicator, List<PlanNodeView> chain, List<YearView> years,
                               List<LinkedProject> projects, boolean canSetTargets) {

    /**
     * One fiscal year's target, its results by quarter, its status, the quarters open for entry today (begun and
     * not closed), and whether the user may enter results and review them.
     */
    public record YearView(TargetView target, List<ResultView> results, IndicatorStatus status,
                           List<Integer> openQuarters, boolean canEnter, boolean canReview) {
    }
}
