package th.go.bangkok.tidtam.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.indicator.IndicatorFilter;
import th.go.bangkok.tidtam.indicator.IndicatorService;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.tracking.TrackingService;
import th.go.bangkok.tidtam.users.AccessTokenService;
import th.go.bangkok.tidtam.users.NewAccessToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #22 (part 4): the read API over real HTTP with real tokens, role × endpoint: a token reads exactly what its
 * owner may see; without a token, with an expired or a revoked one, nothing. docs/decisions/0028.
 */
@IntegrationTest
class ReadApiTest {

    static final String OFFICER = TestUsers.OFFICER;
    static final String OTHER = TestUsers.OFFICER_OTHER_OFFICE;
    static final String HEAD = TestUsers.HEAD;
    static final String COORDINATOR = TestUsers.COORDINATOR;
    static final String ADMIN = TestUsers.ADMIN;
    static final String NO_TOKEN = "no token";
    static final String EXPIRED = "expired token";
    static final String REVOKED = "revoked token";
    static final Set<String> TRACKERS = Set.of(COORDINATOR, ADMIN, HEAD);
    static final Set<String> OWNERS = Set.of(OFFICER, OTHER, HEAD, COORDINATOR, ADMIN);
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One token per holder and one draft of the officer's unit for the whole class (one Spring context anyway). */
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    static String project;
    static String month;
    static int fiscalYear;
    static long indicator;

    @LocalServerPort
    int port;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    TestUsers users;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TrackingService tracking;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    th.go.bangkok.tidtam.project.ProjectService projects;
    @Autowired
    th.go.bangkok.tidtam.users.UserService accounts;

    @BeforeEach
    void tokensAndData() {
        if (project != null) {
            return;
        }
        for (var owner : OWNERS) {
            TOKENS.put(owner, create(owner).secret());
        }
        var expired = create(OFFICER);
        // two days back: well past, whatever time zone the JDBC driver writes the value in
        jdbc.update("update access_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(2))), expired.token().id());
        TOKENS.put(EXPIRED, expired.secret());
        var revoked = create(OFFICER);
        users.as(OFFICER, () -> tokens.revoke(revoked.token().id()));
        TOKENS.put(REVOKED, revoked.secret());
        month = users.as(COORDINATOR, () -> tracking.currentPeriod().month().toString());
        fiscalYear = users.as(COORDINATOR, () -> indicators.currentQuarter().fiscalYear());
        indicator = users.as(COORDINATOR, () -> indicators.tree(fiscalYear, IndicatorFilter.none()).stream()
                .filter(r -> r.level() == PlanLevel.INDICATOR).findFirst().orElseThrow().id());
        project = fixtures.create("โครงการทดสอบ API " + UUID.randomUUID());
    }

    NewAccessToken create(String owner) {
        var today = LocalDate.ofInstant(clock.instant(), ThaiDates.ZONE);
        return users.as(owner, () -> tokens.create("ทดสอบ " + owner, today.plusDays(30)));
    }

    static Stream<Arguments> matrix() {
        var holders = Stream.of(OFFICER, OTHER, HEAD, COORDINATOR, ADMIN, NO_TOKEN, EXPIRED, REVOKED);
        return holders.flatMap(holder -> Stream.of("projects", "project", "tracking", "tracking agencies",
                "tracking missing", "indicators").map(endpoint -> Arguments.of(holder, endpoint)));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource("matrix")
    void a_token_reads_exactly_what_its_owner_may_see(String holder, String endpoint) throws Exception {
        var path = switch (endpoint) {
            case "projects" -> "/api/v1/projects?size=5";
            case "project" -> "/api/v1/projects/" + project;
            case "tracking" -> "/api/v1/tracking/" + month;
            case "tracking agencies" -> "/api/v1/tracking/" + month + "/agencies";
            case "tracking missing" -> "/api/v1/tracking/" + month + "/missing?size=10";
            default -> "/api/v1/indicators?fiscalYear=" + fiscalYear;
        };
        int expected;
        if (!OWNERS.contains(holder)) {
            expected = 401;
        } else if (endpoint.startsWith("tracking")) {
            expected = TRACKERS.contains(holder) ? 200 : 403;
        } else if (endpoint.equals("project")) {
            // another office's officer: "not found", exactly like a project that does not exist
            expected = holder.equals(OTHER) ? 404 : 200;
        } else {
            expected = 200;
        }
        var response = get(path, TOKENS.get(holder));
        assertThat(response.statusCode()).as(holder + " GET " + path + ": " + response.body()).isEqualTo(expected);
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        if (expected == 200 && endpoint.equals("project")) {
            var body = JSON.readTree(response.body());
            assertThat(body.get("code").asString()).isEqualTo(project);
            assertThat(body.get("name").asString()).startsWith("โครงการทดสอบ API");
            assertThat(body.get("startDate").asString()).isEqualTo("2025-10-01");
            assertThat(body.has("reports")).isTrue();
            assertThat(body.has("approvedChanges")).isTrue();
        }
    }

    @Test
    void an_officers_list_holds_their_units_project_and_another_offices_officers_does_not() throws Exception {
        var text = java.net.URLEncoder.encode(projectName(), StandardCharsets.UTF_8);
        assertThat(json(get("/api/v1/projects?text=" + text, TOKENS.get(OFFICER))).get("total").asLong()).isEqualTo(1);
        assertThat(json(get("/api/v1/projects?text=" + text, TOKENS.get(OTHER))).get("total").asLong()).isZero();
    }

    @Test
    void the_token_reads_the_indicator_as_its_owner_does() throws Exception {
        for (var owner : OWNERS) {
            int expected;
            try {
                users.as(owner, () -> indicators.details(indicator));
                expected = 200;
            } catch (th.go.bangkok.tidtam.base.NotFoundException e) {
                expected = 404;
            }
            assertThat(get("/api/v1/indicators/" + indicator, TOKENS.get(owner)).statusCode()).as(owner)
                    .isEqualTo(expected);
        }
    }

    @Test
    void pages_are_no_larger_than_the_grids() throws Exception {
        assertThat(get("/api/v1/projects?size=51", TOKENS.get(ADMIN)).statusCode()).isEqualTo(400);
        var page = json(get("/api/v1/projects?size=50&page=0", TOKENS.get(ADMIN)));
        assertThat(page.get("items").size()).isBetween(1, 50);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(page.get("items").size());
    }

    @Test
    void a_token_only_reads_anything_else_is_refused() throws Exception {
        for (var method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            var response = send(HttpRequest.newBuilder(uri("/api/v1/projects"))
                    .header("Authorization", "Bearer " + TOKENS.get(ADMIN))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(response.statusCode()).as(method).isIn(403, 405);
        }
    }

    @Test
    void a_disabled_owners_tokens_stop_working() throws Exception {
        var id = users.as(ADMIN, () -> accounts.create(new th.go.bangkok.tidtam.users.UserData(
                "api-" + UUID.randomUUID().toString().substring(0, 8), "นายทดสอบ เอพีไอ", "นักวิเคราะห์", "1234", null,
                th.go.bangkok.tidtam.security.Role.COORDINATOR, null, true, 0), "Api-test-pass-2569"));
        var username = users.as(ADMIN, () -> accounts.get(id).username());
        var secret = create(username).secret();
        assertThat(get("/api/v1/tracking/" + month, secret).statusCode()).isEqualTo(200);
        users.as(ADMIN, () -> accounts.setEnabled(id, false));
        assertThat(get("/api/v1/tracking/" + month, secret).statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_is_stored_only_as_its_hash() throws Exception {
        var created = create(COORDINATOR);
        var row = jdbc.queryForMap("select secret_hash, prefix from access_token where id = ?", created.token().id());
        var hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(created.secret().getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("secret_hash")).isNotEqualTo(created.secret()).isEqualTo(hash);
        assertThat(created.secret()).startsWith((String) row.get("prefix"));
        assertThat(((String) row.get("prefix")).length()).isLessThan(created.secret().length() / 4);
    }

    @Test
    void a_use_is_recorded_once_a_minute_not_once_a_request() throws Exception {
        var created = create(HEAD);
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/v1/indicators?fiscalYear=" + fiscalYear, created.secret()).statusCode())
                    .isEqualTo(200);
        }
        var lastUsed = jdbc.queryForObject("select last_used_at from access_token where id = ?",
                java.sql.Timestamp.class, created.token().id());
        assertThat(lastUsed).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'TOKEN_USE' and summary = ?",
                Long.class, created.token().prefix() + "…")).isEqualTo(1);
    }

    @Test
    void past_sixty_requests_a_minute_a_token_gets_429_with_retry_after() throws Exception {
        var secret = create(OFFICER).secret();
        HttpResponse<String> response = null;
        // two windows at most: the minute may turn once while the requests go out
        for (int i = 0; i < 125; i++) {
            response = get("/api/v1/projects?size=1", secret);
            if (response.statusCode() == 429) {
                break;
            }
            assertThat(response.statusCode()).isEqualTo(200);
        }
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
        assertThat(get("/api/v1/projects?size=1", TOKENS.get(ADMIN)).statusCode()).as("other tokens go on")
                .isEqualTo(200);
    }

    @Test
    void the_openapi_document_is_open_and_describes_every_endpoint() throws Exception {
        var response = get("/api/v1/openapi", null);
        assertThat(response.statusCode()).isEqualTo(200);
        var paths = json(response).get("paths");
        assertThat(paths.propertyNames()).containsExactlyInAnyOrder("/api/v1/projects", "/api/v1/projects/{code}",
                "/api/v1/tracking/{month}", "/api/v1/tracking/{month}/agencies", "/api/v1/tracking/{month}/missing",
                "/api/v1/indicators", "/api/v1/indicators/{id}");
        for (var path : paths.propertyNames()) {
            var get = paths.get(path).get("get");
            assertThat(get).as(path).isNotNull();
            assertThat(get.get("summary").asString()).as(path).isNotBlank();
        }
        assertThat(json(response).at("/components/securitySchemes/token/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void the_vaadin_chain_does_not_answer_api_addresses() throws Exception {
        var response = get("/api/v1/projects", null);
        assertThat(response.statusCode()).as("401, not a redirect to the sign-in page").isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(get("/api/v1/projects", "tdt-not-a-token").statusCode()).isEqualTo(401);
    }

    private String projectName() {
        return users.as(OFFICER, () -> projects.get(project).name());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        try (var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
