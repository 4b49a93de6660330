package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import th.go.bangkok.tidtam.base.ops.HealthProbe;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ReportFilingService;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.security.SignInClient;

/**
 * Issue #21 on a running portal: health and readiness on the management port, none of the actuator on the public
 * port, the portal's own figures in the Prometheus scrape, and request id and user in a JSON log line
 * (docs/decisions/0024).
 */
@IntegrationTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReportFilingService filing;
    @Autowired
    ProjectFilingService projectFiling;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void readiness_is_up_on_the_management_port_with_database_migrations_and_demo_data_checked() {
        var readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"")
                .contains("\"db\"", "\"migrations\"", "\"demoData\"", "\"readinessState\"");
        var liveness = get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void readiness_is_down_while_the_portal_refuses_traffic_and_up_again_after() {
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
            var refusing = get(managementPort, "/actuator/health/readiness");
            assertThat(refusing.statusCode()).isEqualTo(503);
            assertThat(refusing.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
            // alive all the same: the proxy stops sending requests, nobody restarts the node
            assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void the_docker_health_probe_passes_a_ready_portal_only() {
        var readiness = "http://localhost:" + managementPort + "/actuator/health/readiness";
        assertThat(HealthProbe.ready(readiness)).isTrue();
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
            assertThat(HealthProbe.ready(readiness)).isFalse();
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(HealthProbe.ready("http://localhost:" + port + "/actuator/health/readiness")).isFalse();
    }

    @Test
    void the_public_port_answers_no_actuator_endpoint() {
        for (var path : new String[] {"/actuator", "/actuator/health", "/actuator/health/readiness",
                "/actuator/prometheus", "/actuator/env"}) {
            var response = get(port, path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("\"status\"").doesNotContain("jvm_");
        }
    }

    @Test
    void the_management_port_exposes_health_and_prometheus_only() {
        for (var path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/loggers", "/actuator/heapdump",
                "/actuator/shutdown"}) {
            assertThat(get(managementPort, path).statusCode()).as(path).isIn(403, 404);
        }
    }

    @Test
    void the_prometheus_scrape_counts_sessions_pool_use_and_a_report_filed() {
        // a browser opening the sign-in page starts a Vaadin session
        assertThat(get(port, "/login").statusCode()).isEqualTo(200);
        double filedBefore = sum(scrape(), "tidtam_reports_filed_total");

        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการนับรายงาน " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> {
            projectFiling.submit(code);
            var month = YearMonth.of(2026, 3);
            filing.save(code, month, new ProgressReportData(LocalDate.of(2026, 3, 18), "1. ประชุมคณะทำงาน",
                    new BigDecimal("10.00"), new BigDecimal("1000.00"), true, true, null, 0));
            filing.submit(code, month);
        });

        var scrape = scrape();
        assertThat(sum(scrape, "tidtam_reports_filed_total")).isEqualTo(filedBefore + 1);
        assertThat(sum(scrape, "tidtam_vaadin_sessions")).isGreaterThanOrEqualTo(1);
        assertThat(scrape).contains("tidtam_vaadin_uis", "tidtam_uidl_requests_seconds_count",
                "hikaricp_connections_active{", "hikaricp_connections_pending{", "hikaricp_connections_acquire_seconds",
                "application=\"tidtam\"");
        // Spring Security's per-filter observations are off (issue #17: 8 % of the CPU for meters nobody reads)
        assertThat(scrape).doesNotContain("spring_security_filterchains", "spring_security_authorizations",
                "spring_security_authentications", "spring_data_repository_invocations");
    }

    @Test
    void a_json_log_line_of_a_signed_in_request_carries_its_request_id_and_user() {
        var loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
        // Spring Security's "Secured GET /" line, written once the chain has read the user from the session
        var logger = loggers.getLogger(FilterChainProxy.class);
        var level = logger.getLevel();
        var out = new ByteArrayOutputStream();
        var encoder = new StructuredLogEncoder();
        encoder.setFormat("ecs");
        encoder.setContext(loggers);
        encoder.start();
        var appender = new OutputStreamAppender<ILoggingEvent>();
        appender.setContext(loggers);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        var client = new SignInClient(port);
        client.signIn(TestUsers.OFFICER, DemoAccounts.PASSWORD);
        try {
            logger.setLevel(Level.DEBUG);
            logger.addAppender(appender);
            var response = client.get("/", "X-Request-Id", "probe-4711-ab");
            assertThat(response.headers().firstValue("X-Request-Id")).contains("probe-4711-ab");
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(level);
            appender.stop();
        }
        var lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("Secured GET /")).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{")
                .contains("\"requestId\":\"probe-4711-ab\"", "\"user\":\"officer\"", "\"route\":\"/\"")
                .doesNotContain(DemoAccounts.PASSWORD));
    }

    @Test
    void a_request_without_an_id_gets_one_of_its_own() {
        var first = get(port, "/login").headers().firstValue("X-Request-Id");
        var second = get(port, "/login").headers().firstValue("X-Request-Id");
        assertThat(first).isPresent();
        assertThat(second).isPresent().isNotEqualTo(first);
    }

    private String scrape() {
        var response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The sum of a metric's samples over all its tags (0 when it has none yet). */
    private static double sum(String scrape, String metric) {
        return scrape.lines().filter(l -> l.startsWith(metric + "{") || l.startsWith(metric + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private HttpResponse<String> get(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
