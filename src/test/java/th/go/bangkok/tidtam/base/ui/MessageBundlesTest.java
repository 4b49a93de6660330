package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.strategy.PlanLevel;

/** Thai and English say the same things: same keys, same placeholders, nothing blank. */
class MessageBundlesTest {

    static final String THAI = "messages_th.properties";
    static final String ENGLISH = "messages_en.properties";
    /** {0}, and also {0,number,#} should a message ever format its argument. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    final Properties th = load(THAI);
    final Properties en = load(ENGLISH);

    @Test
    void both_languages_have_exactly_the_same_keys() {
        var missingInEnglish = difference(th.stringPropertyNames(), en.stringPropertyNames());
        var missingInThai = difference(en.stringPropertyNames(), th.stringPropertyNames());
        assertThat(missingInEnglish).as("keys of %s missing in %s", THAI, ENGLISH).isEmpty();
        assertThat(missingInThai).as("keys of %s missing in %s", ENGLISH, THAI).isEmpty();
        assertThat(th.stringPropertyNames()).as("the bundles are not empty").hasSizeGreaterThan(100);
    }

    @Test
    void no_message_is_blank_in_either_language() {
        var blank = new ArrayList<String>();
        th.stringPropertyNames().stream().filter(key -> th.getProperty(key).isBlank()).sorted()
                .forEach(key -> blank.add(THAI + ": " + key));
        en.stringPropertyNames().stream().filter(key -> en.getProperty(key).isBlank()).sorted()
                .forEach(key -> blank.add(ENGLISH + ": " + key));
        assertThat(blank).as("blank messages").isEmpty();
    }

    @Test
    void every_placeholder_used_in_one_language_appears_in_the_other() {
        var mismatches = new ArrayList<String>();
        var shared = new TreeSet<>(th.stringPropertyNames());
        shared.retainAll(en.stringPropertyNames());
        for (var key : shared) {
            var thai = placeholders(th.getProperty(key));
            var english = placeholders(en.getProperty(key));
            if (!thai.equals(english)) {
                mismatches.add("%s: th %s, en %s".formatted(key, thai, english));
            }
        }
        assertThat(mismatches).as("placeholders that differ between the languages").isEmpty();
    }

    @Test
    void the_placeholder_check_sees_plain_and_formatted_placeholders() {
        assertThat(placeholders("{0} of {1}")).containsExactly(0, 1);
        assertThat(placeholders("{1,number,#} บาท")).containsExactly(1);
        assertThat(placeholders("no placeholder {here}")).isEmpty();
    }

    @Test
    void every_label_of_a_role_an_agency_level_and_an_audit_action_exists_in_both_languages() {
        var keys = Stream.of(
                Stream.of(Role.values()).map(Role::messageKey),
                Stream.of(AgencyLevel.values()).map(AgencyLevel::messageKey),
                Stream.of(AuditAction.values()).map(AuditAction::messageKey)).flatMap(s -> s).toList();
        assertThat(keys).hasSize(Role.values().length + AgencyLevel.values().length + AuditAction.values().length);
        assertThat(missing(keys, th)).as("enum labels missing in %s", THAI).isEmpty();
        assertThat(missing(keys, en)).as("enum labels missing in %s", ENGLISH).isEmpty();
    }

    @Test
    void every_label_of_a_plan_level_and_a_project_status_exists_in_both_languages() {
        var keys = Stream.concat(
                Stream.of(PlanLevel.values()).map(PlanLevel::messageKey),
                Stream.of(ProjectStatus.values()).map(ProjectStatus::messageKey)).toList();
        assertThat(missing(keys, th)).as("enum labels missing in %s", THAI).isEmpty();
        assertThat(missing(keys, en)).as("enum labels missing in %s", ENGLISH).isEmpty();
    }

    private static List<String> missing(List<String> keys, Properties bundle) {
        return keys.stream().filter(key -> bundle.getProperty(key) == null).toList();
    }

    private static SortedSet<String> difference(Set<String> from, Set<String> remove) {
        var result = new TreeSet<>(from);
        result.removeAll(remove);
        return result;
    }

    private static SortedSet<Integer> placeholders(String text) {
        var found = new TreeSet<Integer>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(Integer.parseInt(m.group(1))));
        return found;
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("%s on the classpath", name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
