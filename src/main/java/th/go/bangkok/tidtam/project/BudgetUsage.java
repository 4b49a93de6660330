package th.go.bangkok.tidtam.project;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * งบประมาณที่ใช้ไป, derived from the submitted progress reports by the progress feature (which depends on
 * projects, not the other way round). Projects without reports are absent from the map.
 */
public interface BudgetUsage {

    Map<Long, BigDecimal> usedByProject(Collection<Long> projectIds);
}
