package th.go.bangkok.tidtam.indicator;

import java.math.BigDecimal;

/** A project that serves an indicator, with its latest progress, whether it is behind plan, and its money. */
public record LinkedProject(String code, String name, int fiscalYear, String status, BigDecimal progress,
                            Boolean behindPlan, BigDecimal budget, BigDecimal disbursed) {
}
