package th.go.bangkok.tidtam.project;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.util.List;

/** Stores a breakdown as lines of "quantity<TAB>description": readable in the database, no JSON mapper needed. */
@Converter
class BreakdownConverter implements AttributeConverter<List<QuantityTarget.Part>, String> {

    @Override
    public String convertToDatabaseColumn(List<QuantityTarget.Part> parts) {
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        return String.join("\n", parts.stream()
                .map(p -> p.quantity().toPlainString() + "\t" + p.description().replace('\n', ' ').replace('\t', ' '))
                .toList());
    }

    @Override
    public List<QuantityTarget.Part> convertToEntityAttribute(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(line -> {
            int tab = line.indexOf('\t');
            return new QuantityTarget.Part(line.substring(tab + 1), new BigDecimal(line.substring(0, tab)));
        }).toList();
    }
}
