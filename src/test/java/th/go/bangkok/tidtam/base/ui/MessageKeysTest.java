package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.legacy.ImportOutcome;
import th.go.bangkok.tidtam.legacy.ImportPreview;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.tracking.Concern;

/**
 * No message key ever reaches a user: every key the services, validation and views can raise is defined in both
 * bundles. The keys are read from the main sources (the call sites that look a text up, the validation templates,
 * every key-shaped literal of a namespace the bundles use) and, for keys built at run time, from the enums and names
 * they are built from. A new way of building a key at run time fails here until its family is enumerated below.
 */
class MessageKeysTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Path CLASSES = Path.of("target/classes");

    /** The call sites that take a key, and which of their arguments it is. */
    static final Map<String, Integer> KEY_ARGUMENT = Map.of(
            "getTranslation", 0, "tr", 0, "new BusinessRuleException", 0, "Messages.get", 1,
            "Finding.warning", 1, "Finding.error", 1);
    static final Pattern CALL = Pattern.compile(
            "(?<![\\w.])(getTranslation|tr|new BusinessRuleException|Messages\\.get|Finding\\.warning|Finding\\.error)"
                    + "\\s*\\(");
    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern TEMPLATE = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");
    static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");
    static final Pattern PREFIX_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)*\\.");
    static final Pattern PREFIX_CONCATENATED = Pattern.compile("\"([a-z][A-Za-z0-9_.]*\\.)\"\\s*\\+");

    /** Key-shaped literals that are not keys (a file name, the JVM's system properties). */
    static final Set<String> NOT_KEYS = Set.of("indicator.png", "user.dir", "user.home");

    final Properties th = load(MessageBundlesTest.THAI);
    final Properties en = load(MessageBundlesTest.ENGLISH);
    final Map<String, String> enumKeys = enumKeys();
    final Set<String> namespaces = new TreeSet<>(th.stringPropertyNames().stream().map(k -> k.split("\\.")[0]).toList());

    @Test
    void every_key_the_code_raises_is_in_both_bundles() {
        var uses = scan().uses();
        assertThat(uses).as("the scan finds the keys (a broken scan would pass with none)").hasSizeGreaterThan(500);
        assertThat(missing(uses, th, en)).as("keys the code uses that a bundle does not define").isEmpty();
    }

    @Test
    void every_key_built_at_run_time_has_its_family_enumerated() {
        assertThat(scan().unknownFamilies()).as("keys built at run time whose values this test does not enumerate; "
                + "add their family to families()").isEmpty();
    }

    @Test
    void a_key_removed_from_one_bundle_is_reported_with_where_it_is_used() {
        var thai = new Properties();
        thai.putAll(th);
        thai.remove("audit.entity.ProgressReport");
        var english = new Properties();
        english.putAll(en);
        english.remove("project.target.breakdown.sum");
        english.remove("report.status.submitted");

        assertThat(missing(scan().uses(), thai, english)).containsExactly(
                "messages_th.properties lacks audit.entity.ProgressReport (used at family \"audit.entity.\")",
                "messages_en.properties lacks project.target.breakdown.sum (used at th/go/bangkok/tidtam/project/"
                        + "ProjectData.java:" + lineOf("ProjectData.java", "{project.target.breakdown.sum}") + ")",
                "messages_en.properties lacks report.status.submitted (used at "
                        + "ReportStatus.SUBMITTED.messageKey())");
    }

    @Test
    void every_kind_of_record_the_audit_trail_files_has_a_name_in_both_languages() {
        var types = auditTypes();
        assertThat(types).contains("Project", "ProgressReport", "User", "Session");
        var keys = types.stream().flatMap(t -> Stream.of("audit.entity." + t, "audit.record." + t)).toList();
        assertThat(keys.stream().filter(k -> th.getProperty(k) == null)).as("in %s", MessageBundlesTest.THAI).isEmpty();
        assertThat(keys.stream().filter(k -> en.getProperty(k) == null)).as("in %s", MessageBundlesTest.ENGLISH)
                .isEmpty();
    }

    @Test
    void no_vaadin_component_is_left_with_its_built_in_english_texts() throws IOException {
        var problems = new ArrayList<String>();
        for (var file : sources()) {
            var text = code(Files.readString(file));
            var name = SOURCES.relativize(file).toString();
            if (text.contains("new ConfirmDialog(") && !name.endsWith("base/ui/Confirmations.java")) {
                problems.add(name + ": a ConfirmDialog not built by Confirmations (Confirm, Cancel, Reject in English)");
            }
            if (Pattern.compile("new (DatePicker|DateTimePicker|TimePicker)\\(").matcher(text).find()) {
                problems.add(name + ": a date or time picker that is not a BuddhistDatePicker (English month names)");
            }
            if (text.contains("new Upload(") && !(text.contains("setI18n(") && text.contains("setAddFiles("))) {
                problems.add(name + ": an Upload without its texts (Upload Files…, Drop files here)");
            }
            if (text.contains("new LoginForm(") && !text.contains("LoginI18n")) {
                problems.add(name + ": a LoginForm without its texts (Log in, Username)");
            }
        }
        var confirmations = code(Files.readString(SOURCES.resolve("th/go/bangkok/tidtam/base/ui/Confirmations.java")));
        for (var setter : List.of("setConfirmText(", "setCancelText(", "setRejectText(")) {
            if (!confirmations.contains(setter)) {
                problems.add("Confirmations does not call " + setter + ")");
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The keys built at run time from a prefix or suffix written in the code, by that literal: each enumerates every
     * value the code can put next to it. Enums with a messageKey() (or any other ...Key()) are read by reflection.
     */
    Map<String, List<String>> families() {
        var lower = (Function<Enum<?>, String>) e -> e.name().toLowerCase(Locale.ROOT);
        var families = new TreeMap<String, List<String>>();
        families.put("audit.entity.", auditTypes().stream().map(t -> "audit.entity." + t).toList());
        families.put("audit.record.", auditTypes().stream().map(t -> "audit.record." + t).toList());
        // AuditWords: a label for every field an audited record writes (auditState())
        families.put("audit.field.", auditFields().stream().map(f -> "audit.field." + f).toList());
        families.put("project.plan.label.", Stream.of(PlanLevel.values())
                .map(l -> "project.plan.label." + lower.apply(l)).toList());
        families.put("home.can.", Stream.of(Role.values()).map(r -> "home.can." + lower.apply(r)).toList());
        families.put("legacy.result.", Stream.of(ImportOutcome.Result.values())
                .map(r -> "legacy.result." + lower.apply(r)).toList());
        families.put("legacy.view.status.", Stream.of(ImportPreview.Status.values())
                .map(s -> "legacy.view.status." + lower.apply(s)).toList());
        // IndicatorService names its export's columns in a list of its own
        families.put("indicator.col.", Stream.of("code", "plan", "target", "latest", "status", "owner", "projects",
                "budget", "disbursed").map(c -> "indicator.col." + c).toList());
        // LoginView: the reasons of its query parameters, and "error"
        families.put("login.", Stream.of("locked", "disabled", "unmapped", "expired", "unavailable",
                        "directory-unavailable", "busy", "oidc-error", "error")
                .flatMap(r -> Stream.of("login." + r + ".title", "login." + r + ".message")).toList());
        // LoginView: each demo account with what it is
        families.put("login.demo.role.", DemoAccounts.USERNAMES.stream()
                .map(u -> "login.demo.role." + u).toList());
        families.put(".none", Stream.of(Concern.values()).map(c -> c.messageKey() + ".none").toList());
        // LegacyParser.person: the two people of section 1.2
        families.put(".missing", List.of("legacy.responsible.missing", "legacy.coordinator.missing"));
        // Finding.text: "legacy." + the key of each Finding.warning / Finding.error, which the scan reads itself
        families.put("legacy.", List.of());
        // UiErrors.violation puts a field's label in front only when the bundles have one (Messages.has)
        families.put("field.", List.of());
        return families;
    }

    /** The kinds of record the audit trail files: every Auditable entity, and the sign-ins. */
    static Set<String> auditTypes() {
        var types = new TreeSet<String>();
        for (var type : mainClasses()) {
            if (Auditable.class.isAssignableFrom(type) && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers())) {
                try {
                    var constructor = type.getDeclaredConstructor();
                    constructor.setAccessible(true);
                    types.add(((Auditable) constructor.newInstance()).auditType());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot ask " + type.getName() + " for its auditType()", e);
                }
            }
        }
        // and the names written where an event is filed: audit.event(action, "Project", …), the sign-ins' "Session"
        var written = Pattern.compile("\\.event\\(\\s*AuditAction\\.\\w+,\\s*\"(\\w+)\"|\\baction,\\s*\"(\\w+)\"");
        for (var file : sources()) {
            try {
                written.matcher(code(Files.readString(file))).results()
                        .forEach(m -> types.add(m.group(1) != null ? m.group(1) : m.group(2)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return types;
    }

    /** The fields audited records write: every {@code state.put("field", …)} of an auditState(). */
    static Set<String> auditFields() {
        var fields = new TreeSet<String>();
        var put = Pattern.compile("\\bstate\\.put\\(\\s*\"(\\w+)\"");
        for (var file : sources()) {
            try {
                put.matcher(Files.readString(file)).results().forEach(m -> fields.add(m.group(1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fields;
    }

    /** Every key an enum of ours names through a method such as messageKey() or titleKey(). */
    static Map<String, String> enumKeys() {
        var keys = new TreeMap<String, String>();
        for (var type : mainClasses()) {
            if (!type.isEnum()) {
                continue;
            }
            for (var method : type.getDeclaredMethods()) {
                if (method.getName().endsWith("Key") && method.getParameterCount() == 0
                        && method.getReturnType() == String.class && !Modifier.isStatic(method.getModifiers())) {
                    method.setAccessible(true);
                    for (var constant : type.getEnumConstants()) {
                        try {
                            var key = (String) method.invoke(constant);
                            if (key != null) {
                                keys.put(key, type.getSimpleName() + "." + constant + "." + method.getName() + "()");
                            }
                        } catch (ReflectiveOperationException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }
        }
        return keys;
    }

    record Scan(Map<String, Set<String>> uses, Set<String> unknownFamilies) {
    }

    /** Every key with the places that use it, and the run-time families the scan met but cannot enumerate. */
    Scan scan() {
        var uses = new TreeMap<String, Set<String>>();
        var unknownFamilies = new TreeSet<String>();
        var families = families();
        for (var file : sources()) {
            scan(file, uses, unknownFamilies, families.keySet());
        }
        families.forEach((prefix, keys) -> keys.forEach(key -> use(uses, key, "family \"" + prefix + "\"")));
        enumKeys.forEach((key, where) -> use(uses, key, where));
        return new Scan(uses, unknownFamilies);
    }

    private void scan(Path file, Map<String, Set<String>> uses, Set<String> unknownFamilies, Set<String> known) {
        String text;
        try {
            text = code(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var name = SOURCES.relativize(file).toString();
        var calls = CALL.matcher(text);
        while (calls.find()) {
            var arguments = arguments(text, calls.end());
            var index = KEY_ARGUMENT.get(calls.group(1));
            if (arguments.size() <= index) {
                continue;
            }
            var argument = arguments.get(index);
            var prefix = calls.group(1).startsWith("Finding.") ? "legacy." : "";
            var where = name + ":" + line(text, calls.start());
            var literals = LITERAL.matcher(argument).results().map(m -> m.group(1)).toList();
            if (literals.isEmpty()) {
                continue;
            }
            if (topLevelPlus(argument)) {
                // built at run time: "prefix." + x or x + ".suffix"; the family must be enumerated
                var first = literals.getFirst();
                if (first.startsWith(".") && !known.contains(first)) {
                    unknownFamilies.add(first + " at " + where);
                }
                continue;
            }
            literals.forEach(key -> use(uses, prefix + key, where));
        }
        var templates = TEMPLATE.matcher(text);
        while (templates.find()) {
            use(uses, templates.group(1), name + ":" + line(text, templates.start()));
        }
        var literals = LITERAL.matcher(text);
        while (literals.find()) {
            var literal = literals.group(1);
            if (KEY_SHAPE.matcher(literal).matches() && namespaces.contains(literal.split("\\.")[0])
                    && !NOT_KEYS.contains(literal)) {
                use(uses, literal, name + ":" + line(text, literals.start()));
            }
        }
        var prefixes = PREFIX_CONCATENATED.matcher(text);
        while (prefixes.find()) {
            var prefix = prefixes.group(1);
            if (PREFIX_SHAPE.matcher(prefix).matches() && namespaces.contains(prefix.split("\\.")[0])
                    && !known.contains(prefix) && enumKeys.keySet().stream().noneMatch(k -> k.startsWith(prefix))) {
                unknownFamilies.add(prefix + " at " + name + ":" + line(text, prefixes.start()));
            }
        }
    }

    private static void use(Map<String, Set<String>> uses, String key, String where) {
        uses.computeIfAbsent(key, k -> new TreeSet<>()).add(where);
    }

    private static List<String> missing(Map<String, Set<String>> uses, Properties thai, Properties english) {
        return Stream.concat(missing(uses, thai, MessageBundlesTest.THAI), missing(uses, english,
                MessageBundlesTest.ENGLISH)).toList();
    }

    private static Stream<String> missing(Map<String, Set<String>> uses, Properties bundle, String name) {
        return uses.entrySet().stream().filter(e -> bundle.getProperty(e.getKey()) == null)
                .map(e -> name + " lacks " + e.getKey() + " (used at " + String.join(", ", e.getValue()) + ")");
    }

    /** The line of a main source file (found by its name) where a text first appears, comments included. */
    private static int lineOf(String fileName, String text) {
        var file = sources().stream().filter(f -> f.getFileName().toString().equals(fileName)).findFirst().orElseThrow();
        try {
            var lines = Files.readAllLines(file);
            for (var i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(text + " not in " + fileName);
    }

    /** The arguments of the call whose "(" ends at start, split at its top-level commas. */
    static List<String> arguments(String text, int start) {
        var arguments = new ArrayList<String>();
        var depth = 0;
        var from = start;
        for (var i = start; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c == '"') {
                i = endOfLiteral(text, i);
            } else if (c == '\'') {
                i = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ')') {
                arguments.add(text.substring(from, i).strip());
                return arguments;
            } else if (c == ',' && depth == 0) {
                arguments.add(text.substring(from, i).strip());
                from = i + 1;
            }
        }
        return arguments;
    }

    /** Whether the expression concatenates outside any parentheses or literal, as "prefix." + x does. */
    static boolean topLevelPlus(String expression) {
        var depth = 0;
        for (var i = 0; i < expression.length(); i++) {
            var c = expression.charAt(i);
            if (c == '"') {
                i = endOfLiteral(expression, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '+' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    private static int endOfLiteral(String text, int quote) {
        for (var i = quote + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        return text.length();
    }

    /** The source with its comments blanked (a Javadoc's example is not a use), line breaks and literals kept. */
    static String code(String source) {
        var out = new StringBuilder(source);
        for (var i = 0; i < source.length(); i++) {
            var c = source.charAt(i);
            if (c == '"' && source.startsWith("\"\"\"", i)) {
                i = source.indexOf("\"\"\"", i + 3) + 2;
            } else if (c == '"') {
                i = endOfLiteral(source, i);
            } else if (c == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (source.startsWith("//", i)) {
                var end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(out, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                var end = source.indexOf("*/", i + 2) + 2;
                blank(out, i, end);
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (var i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    static List<Path> sources() {
        try (var files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every class compiled from the main sources, nested ones included, loaded without running their initialisers. */
    static List<Class<?>> mainClasses() {
        try (var files = Files.walk(CLASSES)) {
            var names = files.map(f -> CLASSES.relativize(f).toString()).filter(f -> f.endsWith(".class"))
                    .filter(f -> !f.endsWith("package-info.class") && !f.endsWith("module-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.')).sorted().toList();
            var classes = new ArrayList<Class<?>>();
            for (var name : names) {
                try {
                    classes.add(Class.forName(name, false, MessageKeysTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (var in = MessageKeysTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("%s on the classpath", name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
