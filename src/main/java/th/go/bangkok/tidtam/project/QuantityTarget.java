package th.go.bangkok.tidtam.project;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;

/**
 * เป้าหมายเชิงปริมาณ: "ผู้เข้าร่วม 1,208 คน" with an optional breakdown
 * ("ข้าราชการ 1,100 คน + บุคคลภายนอก 108 คน") whose parts must add up to the total.
 */
@Embeddable
public class QuantityTarget {

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "quantity", nullable = false, precision = 15, scale = 2)
    private BigDecimal quantity;

    @Column(name = "unit", nullable = false, length = 50)
    private String unit;

    @Convert(converter = BreakdownConverter.class)
    @Column(name = "breakdown", length = 2000)
    private List<Part> breakdown = List.of();

    /** One part of a breakdown. */
    public record Part(String description, BigDecimal quantity) {
    }

    protected QuantityTarget() {
    }

    public QuantityTarget(String description, BigDecimal quantity, String unit, List<Part> breakdown) {
        this.description = description;
        this.quantity = quantity;
        this.unit = unit;
        this.breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public List<Part> breakdown() {
        return breakdown == null ? List.of() : breakdown;
    }

    @Override
    public String toString() {
        var text = description + " " + quantity.stripTrailingZeros().toPlainString() + " " + unit;
        if (!breakdown().isEmpty()) {
            text += " (" + String.join(" + ", breakdown().stream()
                    .map(p -> p.description() + " " + p.quantity().stripTrailingZeros().toPlainString()).toList()) + ")";
        }
        return text;
    }
}
