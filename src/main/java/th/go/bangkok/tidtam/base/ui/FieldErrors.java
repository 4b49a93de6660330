package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;

/**
 * A form's errors shown at their fields, where a screen reader reads each message with its field (issue #19, WCAG
 * 3.3.1); every broken field is marked and the first one takes the focus. One per form: {@link #clear} before each
 * check.
 */
public final class FieldErrors {

    private final List<HasValidation> fields;
    private boolean focused;

    /** {@code fields}: the ones {@link #clear} clears. */
    public FieldErrors(HasValidation... fields) {
        this.fields = List.of(fields);
    }

    /** No field marked, and the next one marked takes the focus. */
    public void clear() {
        focused = false;
        fields.forEach(field -> field.setInvalid(false));
    }

    /** Marks the field with the message; the first marked since {@link #clear} takes the focus. Always false. */
    public boolean mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (!focused && field instanceof Focusable<?> focusable) {
            focusable.focus();
            focused = true;
        }
        return false;
    }

    /** Marks each field a binder found wrong with the binder's message, the first taking the focus. Always false. */
    public boolean mark(ValidationException e) {
        for (var status : e.getFieldValidationErrors()) { // every field's status, the ones that passed too
            if (status.isError() && status.getField() instanceof HasValidation field) {
                mark(field, status.getMessage().orElse(""));
            }
        }
        return false;
    }
}
