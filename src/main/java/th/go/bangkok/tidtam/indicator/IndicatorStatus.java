package th.go.bangkok.tidtam.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How an indicator stands, computed from its target and its latest counted result, never typed (decision 0014):
 *
 * <ul>
 * <li>no counted result: ไม่มีข้อมูล (no data);</li>
 * <li>a number or percentage that meets the target (at least it when higher is better, at most it when lower is
 * better): บรรลุเป้าหมาย (achieved);</li>
 * <li>otherwise, by the result's quarter the year is q/4 gone, so q/4 of the way from the baseline (0 when none,
 * higher is better) to the target should be made: made that much, ตามแผน (on track); at least 80 % of it,
 * เสี่ยง (at risk); less, or the year's last quarter without the target, ไม่เป็นไปตามเป้า (off track). Lower is
 * better without a baseline has no path: short of the target it is at risk until the last quarter;</li>
 * <li>done by a date: done, achieved; not done and the date passed, off track; due within 90 days, at risk;
 * else on track.</li>
 * </ul>
 */
public enum IndicatorStatus {
    ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA;

    static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.80");
    static final int MILESTONE_WARNING_DAYS = 90;

    /** The target's terms the rule reads. */
    public record Terms(TargetKind kind, Direction direction, BigDecimal target, BigDecimal baseline,
                        LocalDate dueDate) {
    }

    /** The latest counted result: its quarter, its value (numbers) or whether it was done (milestones). */
    public record Latest(FiscalQuarter quarter, BigDecimal value, Boolean done) {
    }

    public static IndicatorStatus of(Terms terms, Latest latest, LocalDate today) {
        if (latest == null) {
            return NO_DATA;
        }
        if (terms.kind() == TargetKind.MILESTONE) {
            if (Boolean.TRUE.equals(latest.done())) {
                return ACHIEVED;
            }
            if (today.isAfter(terms.dueDate())) {
                return OFF_TRACK;
            }
            return !today.plusDays(MILESTONE_WARNING_DAYS).isBefore(terms.dueDate()) ? AT_RISK : ON_TRACK;
        }
        var value = latest.value();
        if (value == null) {
            return NO_DATA;
        }
        boolean higher = terms.direction() == Direction.HIGHER;
        if (higher ? value.compareTo(terms.target()) >= 0 : value.compareTo(terms.target()) <= 0) {
            return ACHIEVED;
        }
        boolean lastQuarter = latest.quarter().quarter() == 4;
        if (lastQuarter) {
            return OFF_TRACK;
        }
        if (!higher && terms.baseline() == null) {
            return AT_RISK;
        }
        var baseline = terms.baseline() == null ? BigDecimal.ZERO : terms.baseline();
        var whole = higher ? terms.target().subtract(baseline) : baseline.subtract(terms.target());
        var made = higher ? value.subtract(baseline) : baseline.subtract(value);
        var expected = whole.multiply(latest.quarter().elapsedShare());
        if (expected.signum() <= 0) {
            return OFF_TRACK;
        }
        if (made.compareTo(expected) >= 0) {
            return ON_TRACK;
        }
        return made.compareTo(expected.multiply(AT_RISK_SHARE)) >= 0 ? AT_RISK : OFF_TRACK;
    }

    public String messageKey() {
        return "indicator.status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The Lumo badge theme the screens show it in. */
    public String badge() {
        return switch (this) {
            case ACHIEVED, ON_TRACK -> "success";
            case AT_RISK -> "warning";
            case OFF_TRACK -> "error";
            case NO_DATA -> "contrast";
        };
    }
}
