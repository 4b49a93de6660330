package th.go.bangkok.tidtam.progress;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.project.BudgetUsage;

/**
 * งบประมาณที่ใช้ไป = the sum of the submitted disbursements, and the latest filed % done, computed when read, never
 * stored.
 */
@Component
class ProgressBudgetUsage implements BudgetUsage {

    private final ProgressReportRepository repository;

    ProgressBudgetUsage(ProgressReportRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<Long, Usage> usageByProject(Collection<Long> projectIds) {
        var usage = new HashMap<Long, Usage>();
        for (var row : repository.usageByProject(projectIds)) {
            usage.put((Long) row[0], new Usage(((BigDecimal) row[1]).setScale(2), (BigDecimal) row[2]));
        }
        return usage;
    }
}
