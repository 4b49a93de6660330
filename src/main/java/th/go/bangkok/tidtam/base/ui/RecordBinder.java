package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.BeanValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A buffered binder for a feature's data record (ProjectData, ProgressReportData): nothing reaches a record until
 * {@link #write}, and a failed write keeps the user's input in the fields. Every field bound by its property name is
 * checked with the Bean Validation constraints the service checks on that record, in the words the service's refusal
 * would use (our bundles, through {@link UiErrors}; Vaadin's own validator knows none of our keys), so the message
 * appears at the field before any service call. Like BeanValidationBinder, whose required indicators it leaves to
 * the form.
 */
public class RecordBinder<R extends Record> extends Binder<R> {

    private final Class<R> type;

    public RecordBinder(Class<R> type) {
        super(type);
        this.type = type;
        // Binder.writeRecord builds the record with the first declared constructor: it must be the canonical one
        var components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toList();
        if (!List.of(type.getDeclaredConstructors()[0].getParameterTypes()).equals(components)) {
            throw new IllegalStateException(type.getSimpleName() + ": declare the canonical constructor first");
        }
    }

    @Override
    protected BindingBuilder<R, ?> configureBinding(BindingBuilder<R, ?> binding, PropertyDefinition<R, ?> definition) {
        return binding.withValidator(new Constraints(type, definition.getTopLevelName()));
    }

    /**
     * The record as typed, once every field passes its own constraints (a field that does not is marked, and this
     * throws ValidationException) and the record as a whole keeps every rule the service checks (else the
     * ConstraintViolationException the service would throw, for the form to place as it places the service's).
     */
    public R write() throws ValidationException {
        var record = writeRecord();
        var broken = Constraints.validator().validate(record);
        if (!broken.isEmpty()) {
            throw new ConstraintViolationException(broken);
        }
        return record;
    }

    /**
     * {@link #write}, for a dialog without a problem line of its own: the record as typed, or empty once each broken
     * field is marked in {@code errors} (the first focused) or a rule of the whole record is said in a notification,
     * worded as the service's refusal would be.
     */
    public Optional<R> writeOrShow(FieldErrors errors) {
        return writeOrShow(errors, e -> Notifications.error(UiErrors.messageFor(e).orElseThrow()));
    }

    /**
     * {@link #writeOrShow(FieldErrors)}, a broken rule of the whole record said by {@code recordRule} (a dialog's
     * problem line).
     */
    public Optional<R> writeOrShow(FieldErrors errors, Consumer<ConstraintViolationException> recordRule) {
        errors.clear();
        try {
            return Optional.of(write());
        } catch (ValidationException e) {
            errors.mark(e);
        } catch (ConstraintViolationException e) {
            recordRule.accept(e);
        }
        return Optional.empty();
    }

    /** One property's constraints, worded from our bundles. */
    private static final class Constraints extends BeanValidator {

        Constraints(Class<?> type, String property) {
            super(type, property);
        }

        static jakarta.validation.Validator validator() {
            return getJavaxBeanValidatorFactory().getValidator();
        }

        @Override
        protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
            return UiErrors.atField(violation);
        }
    }
}
