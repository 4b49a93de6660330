package th.go.bangkok.tidtam.indicator;

import java.math.BigDecimal;
import th.go.bangkok.tidtam.strategy.PlanLevel;

/**
 * One line of the /indicators tree: a dimension, sub-issue, goal or indicator. An indicator carries its target for
 * the year (null when none is set), its latest counted result and status; every line carries the projects of the
 * year linked to it or below it, their budget and what they disbursed.
 */
public record IndicatorRow(long id, Long parentId, PlanLevel level, String code, String name, TargetView target,
                           ResultView latest, IndicatorStatus status, int projects, BigDecimal budget,
                           BigDecimal disbursed) {
}
