package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * TIDTAM_LOG_FORMAT=json switches the console to JSON lines (ECS); plain text otherwise, a request's lines marked with
 * its id and user (docs/decisions/0024).
 */
class LogFormatTest {

    @Test
    void tidtam_log_format_json_writes_the_console_as_ecs_json_lines() {
        assertThat(consoleFormat(Map.of("TIDTAM_LOG_FORMAT", "json"))).isEqualTo("ecs");
    }

    @Test
    void plain_text_lines_are_the_default() {
        assertThat(consoleFormat(Map.of())).isNull();
    }

    @Test
    void plain_text_lines_of_a_request_carry_its_id_and_user_and_other_lines_nothing() {
        var layout = new PatternLayout();
        layout.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        layout.setPattern(configuration(Map.of()).getProperty("logging.pattern.correlation") + "|");
        layout.start();
        try {
            assertThat(line(layout)).isEqualTo("|");
            MDC.put("requestId", "0edc3552-6b78");
            assertThat(line(layout)).isEqualTo("[0edc3552-6b78] |");
            MDC.put("user", "officer");
            assertThat(line(layout)).isEqualTo("[0edc3552-6b78 officer] |");
        } finally {
            MDC.clear();
            layout.stop();
        }
    }

    @Test
    void the_user_is_in_the_log_context_while_the_security_chain_runs_and_gone_after_it() throws Exception {
        var seen = new java.util.concurrent.atomic.AtomicReference<String>();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "officer", null, java.util.List.of()));
        try {
            th.go.bangkok.tidtam.base.ops.RequestLogContext.userFilter().doFilter(new MockHttpServletRequest(),
                    new MockHttpServletResponse(), (request, response) -> seen.set(MDC.get("user")));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(seen).hasValue("officer");
        assertThat(MDC.get("user")).as("nothing left on the thread for its next request").isNull();
    }

    private static String line(PatternLayout layout) {
        var logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(LogFormatTest.class);
        return layout.doLayout(new LoggingEvent(LogFormatTest.class.getName(), logger, Level.INFO, "m", null, null));
    }

    private static String consoleFormat(Map<String, Object> variables) {
        return configuration(variables).getProperty("logging.structured.format.console");
    }

    /** The application's own configuration files, read as at start, with these environment variables. */
    private static StandardEnvironment configuration(Map<String, Object> variables) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return environment;
    }
}
