package th.go.bangkok.tidtam.project;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a breakdown as lines of "quantity<TAB>description": readable in the database, no JSON mapper needed. The
 * items of a part follow its line as "*<TAB>quantity<TAB>unit<TAB>note<TAB>description" ("+" instead of "*" for text
 * continuing the part), empty fields for what the item has not. A quantity never starts with "*" or "+", so rows
 * written before items existed read exactly as before (decision 0008).
 */
@Converter
class BreakdownConverter implements AttributeConverter<List<QuantityTarget.Part>, String> {

    private static final String LISTED = "*";
    private static final String CONTINUED = "+";

    @Override
    public String convertToDatabaseColumn(List<QuantityTarget.Part> parts) {
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        var lines = new ArrayList<String>();
        for (var p : parts) {
            lines.add(p.quantity().toPlainString() + "\t" + clean(p.description()));
            for (var i : p.items()) {
                lines.add(String.join("\t", i.listed() ? LISTED : CONTINUED,
                        i.quantity() == null ? "" : i.quantity().toPlainString(), clean(i.unit()), clean(i.note()),
                        clean(i.description())));
            }
        }
        return String.join("\n", lines);
    }

    @Override
    public List<QuantityTarget.Part> convertToEntityAttribute(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var parts = new ArrayList<QuantityTarget.Part>();
        var items = new ArrayList<QuantityTarget.Item>();
        for (var line : text.lines().toList()) {
            if ((line.startsWith(LISTED + "\t") || line.startsWith(CONTINUED + "\t")) && !parts.isEmpty()) {
                var f = line.split("\t", 5);
                items.add(new QuantityTarget.Item(f[4], f[1].isEmpty() ? null : new BigDecimal(f[1]), emptyToNull(f[2]),
                        emptyToNull(f[3]), f[0].equals(LISTED)));
                var last = parts.removeLast();
                parts.add(new QuantityTarget.Part(last.description(), last.quantity(), items));
            } else {
                items = new ArrayList<>();
                int tab = line.indexOf('\t');
                parts.add(new QuantityTarget.Part(line.substring(tab + 1), new BigDecimal(line.substring(0, tab))));
            }
        }
        return List.copyOf(parts);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
