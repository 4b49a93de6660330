package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.UI;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates.ThaiDateException;

/** Turns the exceptions a user can cause into a sentence in their language; anything else is a bug. */
public final class UiErrors {

    private UiErrors() {
    }

    /** The user-facing message for an expected failure, or empty for an unexpected one. */
    public static Optional<String> messageFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            var message = known(t);
            if (message.isPresent()) {
                return message;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> known(Throwable t) {
        return switch (t) {
            case BusinessRuleException e -> Optional.of(tr(e.messageKey(), e.arguments()));
            case ThaiDateException e -> Optional.of(tr(e.messageKey()));
            case ConstraintViolationException e -> Optional.of(e.getConstraintViolations().stream()
                    .map(UiErrors::violation).distinct().sorted().collect(Collectors.joining("\n")));
            case ObjectOptimisticLockingFailureException e -> Optional.of(tr("error.concurrentChange"));
            case OptimisticLockException e -> Optional.of(tr("error.concurrentChange"));
            case AccessDeniedException e -> Optional.of(tr("error.accessDenied"));
            // a statement over the query time-out, or no connection free within the pool's time-out (issue #17)
            case org.springframework.dao.QueryTimeoutException e -> Optional.of(tr("error.tooSlow"));
            case jakarta.persistence.QueryTimeoutException e -> Optional.of(tr("error.tooSlow"));
            case java.sql.SQLTimeoutException e -> Optional.of(tr("error.tooSlow"));
            case java.sql.SQLTransientConnectionException e -> Optional.of(tr("error.busy"));
            default -> Optional.empty();
        };
    }

    /**
     * "{user.fullName.required}" → the translated text of that key, with the field's name in front when we have a
     * label for it: a rule over several fields (an @AssertTrue) or an element of a list names no field of the form.
     */
    public static String violation(ConstraintViolation<?> violation) {
        var text = atField(violation);
        String field = null;
        for (var node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        return field == null || !Messages.has(locale(), "field." + field) ? text : tr("field." + field) + ": " + text;
    }

    /** "{project.name.required}" → the translated text of that key, as shown at the field itself (no field name). */
    public static String atField(ConstraintViolation<?> violation) {
        var template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}")
                ? tr(template.substring(1, template.length() - 1)) : violation.getMessage();
    }

    static String tr(String key, Object... args) {
        return new TranslationProvider().getTranslation(key, locale(), args);
    }

    /** The language of the screen at hand; Thai, the portal's language, outside one. */
    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? TranslationProvider.THAI : ui.getLocale();
    }
}
