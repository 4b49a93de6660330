package th.go.bangkok.tidtam.indicator;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a coordinator types about an indicator's target for a year: a number or percentage needs its target value
 * (a percentage 0–100) and direction, a milestone its due date; the owner is the agency that reports results.
 * The version is the one read, or null when the year had no target yet.
 */
public record TargetData(
        @NotNull(message = "{indicator.kind.required}")
        TargetKind kind,
        @Size(max = 40, message = "{validation.tooLong}")
        String unit,
        @DecimalMin(value = "-9999999999999999.99", message = "{indicator.value.range}")
        @DecimalMax(value = "9999999999999999.99", message = "{indicator.value.range}")
        @Digits(integer = 16, fraction = 2, message = "{indicator.value.digits}")
        BigDecimal targetValue,
        LocalDate dueDate,
        Direction direction,
        @Digits(integer = 16, fraction = 2, message = "{indicator.value.digits}")
        BigDecimal baseline,
        @NotNull(message = "{indicator.owner.required}")
        Long ownerAgencyId,
        Long version) {

    @AssertTrue(message = "{indicator.target.required}")
    public boolean isTargetGiven() {
        return kind == null || (kind.numeric() ? targetValue != null && direction != null : dueDate != null);
    }

    @AssertTrue(message = "{indicator.percent.range}")
    public boolean isPercentInRange() {
        return kind != TargetKind.PERCENT || targetValue == null
                || targetValue.signum() >= 0 && targetValue.compareTo(BigDecimal.valueOf(100)) <= 0;
    }
}
