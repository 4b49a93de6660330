package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
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

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void both_languages_have_the_same_keys_and_placeholders_and_no_blank_text() throws IOException {
        var th = load("messages_th.properties");
        var en = load("messages_en.properties");
        var onlyTh = new TreeSet<>(th.stringPropertyNames());
        onlyTh.removeAll(en.stringPropertyNames());
        var onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(th.stringPropertyNames());
        assertThat(onlyTh).as("keys only in Thai").isEmpty();
        assertThat(onlyEn).as("keys only in English").isEmpty();
        for (var key : th.stringPropertyNames()) {
            assertThat(th.getProperty(key)).as("Thai " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(placeholders(en.getProperty(key))).as("placeholders of " + key)
                    .isEqualTo(placeholders(th.getProperty(key)));
        }
    }

    @Test
    void every_enum_label_exists_in_both_languages() throws IOException {
        var th = load("messages_th.properties");
        var en = load("messages_en.properties");
        var keys = Stream.of(
                Stream.of(Role.values()).map(Role::messageKey),
                Stream.of(AgencyLevel.values()).map(AgencyLevel::messageKey),
                Stream.of(AuditAction.values()).map(AuditAction::messageKey),
                Stream.of(PlanLevel.values()).map(PlanLevel::messageKey),
                Stream.of(ProjectStatus.values()).map(ProjectStatus::messageKey)).flatMap(s -> s).toList();
        assertThat(keys).allSatisfy(key -> {
            assertThat(th.getProperty(key)).as("Thai " + key).isNotNull();
            assertThat(en.getProperty(key)).as("English " + key).isNotNull();
        });
    }

    private static TreeSet<String> placeholders(String text) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group()));
        return found;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
