package th.go.bangkok.tidtam.project;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * งบประมาณที่ใช้ไป and the latest % done, derived from the submitted progress reports by the progress feature (which
 * depends on projects, not the other way round). Projects without reports are absent from the map.
 */
public interface BudgetUsage {

    /**
     * What the project list and page show of the reports, in one query: the budget used and the latest % done (null
     * while no filed report states one).
     */
    Map<Long, Usage> usageByProject(Collection<Long> projectIds);

    record Usage(BigDecimal used, BigDecimal progress) {
    }
}
