package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import th.go.bangkok.tidtam.base.Baht;

/**
 * An amount of baht typed and shown as the forms print it, 1,850,000.00 with บาท after it (a BigDecimalField shows
 * 1850000.00). Commas may be typed or left out; the amount is shown grouped again when the field is left.
 */
public class MoneyField extends TextField {

    public MoneyField(String label) {
        super(label);
        setAllowedCharPattern("[0-9.,]");
        setSuffixComponent(new Span(getTranslation("project.baht")));
        addClassName("money-field");
        setErrorMessage(getTranslation("money.invalid"));
        addBlurListener(e -> {
            var amount = getAmount();
            if (amount != null) {
                setValue(Baht.formatAmount(amount));
            }
            setInvalid(amount == null && !getValue().isBlank());
        });
    }

    /** The amount typed, or null when the field is empty or holds no number. */
    public BigDecimal getAmount() {
        var text = getValue().replace(",", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void setAmount(BigDecimal amount) {
        setValue(amount == null ? "" : Baht.formatAmount(amount));
    }
}
