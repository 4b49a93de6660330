package th.go.bangkok.tidtam.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as people read them: one decimal, 0 when there is nothing to divide by. */
public final class Percent {

    private Percent() {
    }

    static BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0 || part == null) {
            return BigDecimal.ZERO.setScale(1);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
