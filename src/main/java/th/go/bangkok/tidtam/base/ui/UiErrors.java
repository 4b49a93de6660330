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
        if (databaseUnavailable(error)) {
            return Optional.of(tr("error.databaseUnavailable"));
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            var message = known(t);
            if (message.isPresent()) {
                return message;
            }
        }
        return Optional.empty();
    }

    /**
     * The HTTP status of a page that failed with an expected error: 503 when the database cannot serve it now (down,
     * no connection free in time, a statement cut by its time-out), which tells a proxy, a monitor and a script to
     * try again later (issue #21); 400 for the rest, a request the portal refuses whenever it comes.
     */
    public static int status(Throwable error) {
        if (databaseUnavailable(error)) {
            return 503;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.QueryTimeoutException
                    || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof java.sql.SQLTimeoutException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return 503;
            }
            if (known(t).isPresent()) {
                return 400;
            }
        }
        return 400;
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
     * The database cannot be reached (stopped, restarting, the network to it down): a connection failed to open or
     * broke under a statement. SQL state class 08 is "connection exception"; the pool's time-out carries the last
     * failure to connect as its cause and state, so a pool that waited because the server is gone reads as
     * unavailable, and one that waited because every connection was busy reads as busy (issue #21).
     */
    public static boolean databaseUnavailable(Throwable error) {
        boolean resourceFailure = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLNonTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            resourceFailure |= t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException;
        }
        // Spring's word for "the database failed us" (a transaction that could not begin on a connection found broken,
        // say, whose own error Spring logged and dropped), when nothing in the chain says more precisely how
        if (resourceFailure) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (known(t).isPresent()) {
                    return false;
                }
            }
        }
        return resourceFailure;
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
