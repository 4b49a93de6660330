package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * The audit trail's "field: old → new" lines in the words of the screens (issue #19): the form's field labels,
 * statuses in Thai, dates in the Buddhist era, money formatted, yes/no in words, long texts shortened and lists
 * summarised ("เพิ่ม 1 รายการ"). What is stored stays as it was written; only its reading changes. A field or value
 * this class does not know is shown as stored, never as a message key.
 */
public final class AuditWords {

    /** A stored line: the field's name, then its old and new values. Values may run over several lines. */
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z]+): (.*)$");
    private static final String ARROW = " → ";
    private static final String EMPTY = "∅";
    private static final int SHORT = 80;
    private static final Set<String> MONEY = Set.of("budget", "disbursed");
    private static final Set<String> PERCENT = Set.of("progress");
    /** Enum fields and the message family of their values, by entity type where it differs. */
    private static final Map<String, String> STATUS = Map.of("Project", "project.status.", "ProgressReport",
            "report.status.", "ChangeRequest", "change.status.", "IndicatorResult", "indicator.result.status.");
    private static final Map<String, List<String>> FAMILIES = Map.of("kind", List.of("change.kind.", "indicator.kind."),
            "role", List.of("role."), "level", List.of("agency.level.", "plan.level."),
            "direction", List.of("indicator.direction."));

    private AuditWords() {
    }

    /** The changes of one entry as one line for a grid cell, its parts joined by " · ". */
    public static String text(Component c, String entityType, String changes) {
        return String.join(" · ", lines(c, entityType, changes));
    }

    /** The changes of one entry, one line per field. */
    public static List<String> lines(Component c, String entityType, String changes) {
        var result = new ArrayList<String>();
        if (changes == null || changes.isBlank()) {
            return result;
        }
        String field = null;
        var value = new StringBuilder();
        for (var line : changes.split("\n", -1)) {
            var m = LINE.matcher(line);
            if (m.matches()) {
                if (field != null) {
                    result.add(line(c, entityType, field, value.toString()));
                }
                field = m.group(1);
                value.setLength(0);
                value.append(m.group(2));
            } else if (field != null) {
                value.append('\n').append(line);
            } else {
                result.add(line);
            }
        }
        if (field != null) {
            result.add(line(c, entityType, field, value.toString()));
        }
        return result;
    }

    private static String line(Component c, String entityType, String field, String values) {
        var label = label(c, field);
        int arrow = values.lastIndexOf(ARROW);
        if (arrow < 0) {
            return label + ": " + values;
        }
        var before = values.substring(0, arrow);
        var after = values.substring(arrow + ARROW.length());
        if (isList(before) || isList(after)) {
            return label + ": " + lists(c, before, after);
        }
        return label + ": " + value(c, entityType, field, before) + ARROW + value(c, entityType, field, after);
    }

    private static String label(Component c, String field) {
        var key = "audit.field." + field;
        return has(c, key) ? c.getTranslation(key) : field;
    }

    private static boolean isList(String value) {
        return value.startsWith("[") && value.endsWith("]");
    }

    /** Lists as how many were added, removed or changed. */
    private static String lists(Component c, String before, String after) {
        int was = count(before);
        int now = count(after);
        if (now > was) {
            return c.getTranslation("audit.list.added", now - was);
        }
        if (now < was) {
            return c.getTranslation("audit.list.removed", was - now);
        }
        return c.getTranslation("audit.list.changed", now);
    }

    private static int count(String list) {
        if (!isList(list)) {
            return 0;
        }
        var inside = list.substring(1, list.length() - 1).strip();
        return inside.isEmpty() ? 0 : inside.split(", (?=\\S)").length;
    }

    private static String value(Component c, String entityType, String field, String value) {
        if (value.equals(EMPTY) || value.isEmpty()) {
            return c.getTranslation("audit.value.empty");
        }
        if (field.equals("status") && STATUS.containsKey(entityType)) {
            return word(c, STATUS.get(entityType), value);
        }
        if (FAMILIES.containsKey(field)) {
            for (var family : FAMILIES.get(field)) {
                var key = family + value.toLowerCase(java.util.Locale.ROOT);
                if (has(c, key)) {
                    return c.getTranslation(key);
                }
            }
            return value;
        }
        if (value.equals("true") || value.equals("false")) {
            return yesNo(c, field, Boolean.parseBoolean(value));
        }
        try {
            if (MONEY.contains(field)) {
                return Baht.format(new BigDecimal(value));
            }
            if (PERCENT.contains(field)) {
                return new BigDecimal(value).toPlainString() + " %";
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return ThaiDates.formatShort(LocalDate.parse(value));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return ThaiDates.formatMonth(YearMonth.parse(value));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
                return ThaiDates.formatDateTime(Instant.parse(value));
            }
        } catch (RuntimeException notThatKind) {
            // shown as stored
        }
        var oneLine = value.replace('\n', ' ');
        return oneLine.length() > SHORT ? oneLine.substring(0, SHORT) + "…" : oneLine;
    }

    /** Whether the screen's language has the key (Component#getTranslation would show a missing one as a key). */
    private static boolean has(Component c, String key) {
        var ui = c.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return Messages.has(ui == null ? ThaiDates.THAI : ui.getLocale(), key);
    }

    private static String word(Component c, String family, String value) {
        var key = family + value.toLowerCase(java.util.Locale.ROOT);
        return has(c, key) ? c.getTranslation(key) : value;
    }

    private static String yesNo(Component c, String field, boolean yes) {
        return switch (field) {
            case "onPlan" -> c.getTranslation(yes ? "report.onPlan" : "report.behindPlan");
            case "onTarget" -> c.getTranslation(yes ? "report.onTarget" : "report.offTarget");
            default -> c.getTranslation(yes ? "audit.value.yes" : "audit.value.no");
        };
    }
}
