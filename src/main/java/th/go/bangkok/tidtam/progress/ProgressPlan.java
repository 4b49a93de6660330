package th.go.bangkok.tidtam.progress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hibernate.annotations.SortNatural;
import th.go.bangkok.tidtam.audit.Auditable;

/** แผนการดำเนินงาน: the planned cumulative progress of one project, month by month. */
@Entity
@Table(name = "progress_plan")
class ProgressPlan extends th.go.bangkok.tidtam.base.AbstractEntity implements Auditable {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "progress_plan_month", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "plan_month")
    @Column(name = "planned", nullable = false, precision = 5, scale = 2)
    @SortNatural
    private SortedMap<LocalDate, BigDecimal> months = new TreeMap<>();

    protected ProgressPlan() {
    }

    ProgressPlan(long projectId) {
        this.projectId = projectId;
    }

    void replace(Map<YearMonth, BigDecimal> planned) {
        months.clear();
        planned.forEach((month, pct) -> months.put(month.atDay(1), pct));
    }

    SortedMap<YearMonth, BigDecimal> months() {
        var result = new TreeMap<YearMonth, BigDecimal>();
        months.forEach((day, pct) -> result.put(YearMonth.from(day), pct));
        return result;
    }

    @Override
    public String auditType() {
        return "ProgressPlan";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("projectId", projectId);
        months.forEach((day, pct) -> state.put(YearMonth.from(day).toString(), pct.toPlainString()));
        return state;
    }
}
