package th.go.bangkok.tidtam.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;

/** An indicator's measurable target for one fiscal year, and the agency that owns it (and reports its results). */
@Entity
@Table(name = "indicator_target")
class IndicatorTarget extends AbstractEntity implements Auditable, th.go.bangkok.tidtam.base.FigureSource {

    @Column(name = "indicator_id", nullable = false)
    private long indicatorId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private TargetKind kind;

    @Column(length = 40)
    private String unit;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 6)
    private Direction direction;

    @Column(name = "baseline_value")
    private BigDecimal baselineValue;

    @Column(name = "owner_agency_id", nullable = false)
    private long ownerAgencyId;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    protected IndicatorTarget() {
    }

    IndicatorTarget(long indicatorId, int fiscalYear) {
        this.indicatorId = indicatorId;
        this.fiscalYear = fiscalYear;
    }

    void apply(TargetData data, long officeId) {
        this.kind = data.kind();
        this.unit = data.unit() == null || data.unit().isBlank() ? null : data.unit().strip();
        this.targetValue = data.kind().numeric() ? data.targetValue() : null;
        this.dueDate = data.kind().numeric() ? null : data.dueDate();
        this.direction = data.kind().numeric() ? data.direction() : Direction.HIGHER;
        this.baselineValue = data.kind().numeric() ? data.baseline() : null;
        this.ownerAgencyId = data.ownerAgencyId();
        this.officeId = officeId;
    }

    IndicatorStatus.Terms terms() {
        return new IndicatorStatus.Terms(kind, direction, targetValue, baselineValue, dueDate);
    }

    long getIndicatorId() {
        return indicatorId;
    }

    int getFiscalYear() {
        return fiscalYear;
    }

    TargetKind getKind() {
        return kind;
    }

    String getUnit() {
        return unit;
    }

    BigDecimal getTargetValue() {
        return targetValue;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    Direction getDirection() {
        return direction;
    }

    BigDecimal getBaselineValue() {
        return baselineValue;
    }

    long getOwnerAgencyId() {
        return ownerAgencyId;
    }

    long getOfficeId() {
        return officeId;
    }

    @Override
    public String auditType() {
        return "IndicatorTarget";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("indicatorId", indicatorId);
        state.put("fiscalYear", fiscalYear);
        state.put("kind", kind);
        state.put("unit", unit);
        state.put("target", targetValue);
        state.put("dueDate", dueDate);
        state.put("direction", direction);
        state.put("baseline", baselineValue);
        state.put("ownerAgencyId", ownerAgencyId);
        return state;
    }
}
