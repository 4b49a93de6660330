package th.go.bangkok.tidtam.project;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;
import th.go.bangkok.tidtam.base.Limits;

/**
 * เป้าหมายเชิงปริมาณ: "ผู้เข้าร่วม 1,208 คน" with an optional breakdown
 * ("ข้าราชการ 1,100 คน + บุคคลภายนอก 108 คน") whose parts must add up to the total. Old-system exports file a
 * second level under a part (its items, "เจ้าหน้าที่ดำเนินการ จำนวน 12 คน (จำนวน 4 รุ่น ๆ ละ 12 คน)"), kept as
 * filed and never added up: items counted per round add up to nothing (decision 0008).
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
    @Column(name = "breakdown", columnDefinition = "TEXT")
    private List<Part> breakdown = List.of();

    /** One part (group) of a breakdown, with the items filed under it, if any. */
    public record Part(String description, BigDecimal quantity, List<Item> items) {

        public Part {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public Part(String description, BigDecimal quantity) {
            this(description, quantity, List.of());
        }
    }

    /**
     * A line under a part: a listed item ("- วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)"), with or without a number and
     * its note in brackets, or ({@code listed} false) text that continues the part's description.
     */
    public record Item(
            @jakarta.validation.constraints.NotBlank(message = "{project.target.description.required}")
            @jakarta.validation.constraints.Size(max = Limits.LIST_ITEM, message = "{validation.tooLong}")
            String description,
            @jakarta.validation.constraints.DecimalMin(value = "0", message = "{project.target.quantity.range}")
            BigDecimal quantity,
            @jakarta.validation.constraints.Size(max = Limits.UNIT, message = "{validation.tooLong}")
            String unit,
            @jakarta.validation.constraints.Size(max = Limits.LIST_ITEM, message = "{validation.tooLong}")
            String note,
            boolean listed) {

        public static Item continuation(String text) {
            return new Item(text, null, null, null, false);
        }

        /** As filed: "วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)". */
        public String text() {
            var text = description;
            if (quantity != null) {
                text += " จำนวน " + number(quantity) + (unit == null ? "" : " " + unit);
            }
            return note == null ? text : text + " (" + note + ")";
        }
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

    /**
     * A value: two targets are equal when they say the same (a project read twice gives equal details, so its page
     * can tell that a report left the project as it was).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof QuantityTarget t && java.util.Objects.equals(description, t.description)
                && (quantity == null ? t.quantity == null : t.quantity != null && quantity.compareTo(t.quantity) == 0)
                && java.util.Objects.equals(unit, t.unit) && breakdown().equals(t.breakdown());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(description, quantity == null ? null : quantity.stripTrailingZeros(), unit,
                breakdown());
    }

    @Override
    public String toString() {
        var text = description + " " + quantity.stripTrailingZeros().toPlainString() + " " + unit;
        if (!breakdown().isEmpty()) {
            text += " (" + String.join(" + ", breakdown().stream()
                    .map(p -> p.description() + " " + p.quantity().stripTrailingZeros().toPlainString()
                            + items(p)).toList()) + ")";
        }
        return text;
    }

    /** Whether a part carries items: such a target prints over several lines, as filed. */
    public boolean hasItems() {
        return breakdown().stream().anyMatch(p -> !p.items().isEmpty());
    }

    /** A printed line of a target: depth 0 the whole, 1 a part, 2 an item or a part's continued text. */
    public record Line(int depth, String text) {
    }

    /** The target as filed, line by line: the whole, each part with its total, the items under it. */
    public List<Line> lines() {
        var lines = new java.util.ArrayList<Line>();
        lines.add(new Line(0, description + " จำนวน " + number(quantity) + " " + unit));
        for (var part : breakdown()) {
            lines.add(new Line(1, part.description() + " จำนวน " + number(part.quantity()) + " " + unit));
            for (var item : part.items()) {
                lines.add(new Line(2, (item.listed() ? "- " : "") + item.text()));
            }
        }
        return lines;
    }

    /** 1,208 or 12.5: counts as the form prints them. */
    public static String number(BigDecimal value) {
        return value == null ? "" : new java.text.DecimalFormat("#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(value);
    }

    /** The items in the one-line text (audit trail, change comparisons); nothing for a part without items. */
    private static String items(Part part) {
        return part.items().isEmpty() ? "" : " [" + String.join("; ", part.items().stream()
                .map(i -> (i.listed() ? "- " : "") + i.text()).toList()) + "]";
    }
}
