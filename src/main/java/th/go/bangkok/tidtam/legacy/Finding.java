package th.go.bangkok.tidtam.legacy;

import java.util.List;
import java.util.Locale;
import th.go.bangkok.tidtam.base.Messages;

/**
 * Something the importer noticed at a line of the export: a guess it made (a warning, shown to the user before
 * anything is stored) or an impossibility (an error: a file with one stores nothing). The text is a message key
 * with its arguments, read in the user's language, e.g. "บรรทัด 57: ไม่พบตัวเลขความก้าวหน้า ถือว่าไม่มีตัวเลข".
 */
public record Finding(int line, Severity severity, String key, List<Object> arguments) {

    public enum Severity {
        WARNING, ERROR
    }

    static Finding warning(int line, String key, Object... arguments) {
        return new Finding(line, Severity.WARNING, key, List.of(arguments));
    }

    static Finding error(int line, String key, Object... arguments) {
        return new Finding(line, Severity.ERROR, key, List.of(arguments));
    }

    /** An argument that is itself a text of the bundles (a validation message), read in the reader's language. */
    public record MessageKey(String key) {

        static MessageKey of(jakarta.validation.ConstraintViolation<?> violation) {
            var template = violation.getMessageTemplate();
            return new MessageKey(template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1) : template);
        }
    }

    public String text(Locale locale) {
        var args = arguments.stream().map(a -> a instanceof MessageKey k ? Messages.get(locale, k.key()) : a).toArray();
        var what = Messages.get(locale, "legacy." + key, args);
        return line > 0 ? Messages.get(locale, "legacy.atLine", line, what) : what;
    }
}
