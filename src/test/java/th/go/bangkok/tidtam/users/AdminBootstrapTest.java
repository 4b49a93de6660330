package th.go.bangkok.tidtam.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import th.go.bangkok.tidtam.Application;
import th.go.bangkok.tidtam.OwnApplicationData;

/**
 * Outside demo mode the first administrator comes from TIDTAM_ADMIN_USERNAME / _PASSWORD, before the web server
 * takes requests: a sign-in in the first seconds finds the account, and a weak password stops the start before any
 * port answers. Each start has a database of its own (the shared test database holds the demo accounts).
 */
class AdminBootstrapTest {

    static final String USERNAME = "boss";
    static final String PASSWORD = "Bangkok-first-2569";

    @RegisterExtension
    final OwnApplicationData own = new OwnApplicationData("admin-bootstrap");

    @Test
    void the_first_administrator_exists_when_the_web_server_starts_taking_requests() {
        WebServerWatch.accountsAtFirstServer.set(null);
        try (var context = start(PASSWORD, Application.class, WebServerWatch.class)) {
            assertThat(WebServerWatch.accountsAtFirstServer.get()).as("accounts named %s when the first port opened",
                    USERNAME).isEqualTo(1);
            var boss = context.getBean(UserDetailsService.class).loadUserByUsername(USERNAME);
            assertThat(context.getBean(PasswordEncoder.class).matches(PASSWORD, boss.getPassword())).isTrue();
            assertThat(boss.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
        }
    }

    @Test
    void a_weak_first_password_stops_the_start_before_any_port_opens() {
        WebServerWatch.accountsAtFirstServer.set(null);
        assertThatThrownBy(() -> start("short1", Application.class, WebServerWatch.class).close())
                .hasStackTraceContaining("TIDTAM_ADMIN_PASSWORD is too weak");
        assertThat(WebServerWatch.accountsAtFirstServer.get()).as("no web server started").isNull();
    }

    private ConfigurableApplicationContext start(String password, Class<?>... sources) {
        return new SpringApplicationBuilder(sources).run("--server.port=0", "--management.server.port=0",
                "--tidtam.embedded-db.dir=" + own.dataDir().toAbsolutePath(),
                "--tidtam.embedded-db.ephemeral=false",
                "--tidtam.demo.enabled=false",
                "--tidtam.admin.username=" + USERNAME, "--tidtam.admin.password=" + password,
                "--tidtam.reporting.freeze-cron=-", "--tidtam.reminders.cron=-",
                "--spring.jmx.enabled=false");
    }

    /**
     * Counts the administrator's rows when the first web server (the public one; the management one follows) has
     * started. Not a component (the application's scan would pick it up everywhere): handed to the start as a source.
     */
    static class WebServerWatch implements ApplicationListener<WebServerInitializedEvent> {

        static final AtomicReference<Integer> accountsAtFirstServer = new AtomicReference<>();

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if (accountsAtFirstServer.get() == null) {
                accountsAtFirstServer.set(event.getApplicationContext().getBean(JdbcTemplate.class).queryForObject(
                        "SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, USERNAME));
            }
        }
    }

}
