package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** TIDTAM_LOG_FORMAT=json switches the console to JSON lines (ECS); plain text otherwise (docs/decisions/0024). */
class LogFormatTest {

    @Test
    void tidtam_log_format_json_writes_the_console_as_ecs_json_lines() {
        assertThat(consoleFormat(Map.of("TIDTAM_LOG_FORMAT", "json"))).isEqualTo("ecs");
    }

    @Test
    void plain_text_lines_are_the_default() {
        assertThat(consoleFormat(Map.of())).isNull();
    }

    /** The application's own configuration files, read as at start, with these environment variables. */
    private static String consoleFormat(Map<String, Object> variables) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return environment.getProperty("logging.structured.format.console");
    }
}
