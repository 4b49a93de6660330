package th.go.bangkok.tidtam.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target as the screens show it, with its owning agency's path. */
public record TargetView(long id, long indicatorId, int fiscalYear, TargetKind kind, String unit, BigDecimal value,
                         LocalDate dueDate, Direction direction, BigDecimal baseline, long ownerAgencyId,
                         String ownerName, long version) {

    /** What the target says, e.g. "≥ 6,000 คน", "≤ 15.00 ร้อยละ", "แล้วเสร็จภายใน 30/09/2570". */
    public TargetData data() {
        return new TargetData(kind, unit, value, dueDate, direction, baseline, ownerAgencyId, version);
    }
}
