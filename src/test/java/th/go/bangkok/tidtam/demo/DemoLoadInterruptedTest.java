package th.go.bangkok.tidtam.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
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
 * Ready means ready (issue #21, docs/decisions/0024): the demo data loads before the web servers start, all or
 * nothing. A start that dies half-way through the load (here: the indicators step throws, after the agencies,
 * accounts, projects, reports and change requests went in) leaves nothing behind; the next start loads it all,
 * once, and only then answers, ready.
 */
class DemoLoadInterruptedTest {

    @RegisterExtension
    final OwnApplicationData own = new OwnApplicationData("demo-load");

    @Test
    void a_demo_load_interrupted_half_way_is_completed_by_the_next_start() throws Exception {
        InterruptIndicators.interrupted.set(false);
        InterruptIndicators.serverStartedBeforeInterruption.set(false);
        assertThatThrownBy(() -> start(Application.class, InterruptIndicators.class))
                .hasStackTraceContaining("power cut while loading the demo indicators");
        assertThat(InterruptIndicators.interrupted).isTrue();
        assertThat(InterruptIndicators.serverStartedBeforeInterruption).as("a web server answered mid-load").isFalse();

        try (var second = start(Application.class)) {
            var jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT outcome FROM demo_load WHERE id = 1", String.class))
                    .isEqualTo(DemoLoadMarker.LOADED);
            // everything once: nothing of the interrupted start is left to be doubled
            assertThat(count(jdbc, "SELECT COUNT(*) FROM agency WHERE level = 'OFFICE'")).isEqualTo(4);
            assertThat(jdbc.queryForList("SELECT username FROM app_user ORDER BY username", String.class))
                    .containsExactlyInAnyOrderElementsOf(DemoAccounts.USERNAMES);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM project")).isEqualTo(69);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM progress_report")).isPositive();
            assertThat(count(jdbc, "SELECT COUNT(*) FROM change_request")).isPositive();
            assertThat(count(jdbc, "SELECT COUNT(*) FROM indicator_target")).isPositive();
            // the accounts sign in with the demo password
            var officer = second.getBean(UserDetailsService.class).loadUserByUsername("officer");
            assertThat(second.getBean(PasswordEncoder.class).matches(DemoAccounts.PASSWORD, officer.getPassword()))
                    .isTrue();

            var managementPort = second.getEnvironment().getProperty("local.management.port");
            var readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + managementPort + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"demoData\":{\"status\":\"UP\"}");
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private ConfigurableApplicationContext start(Class<?>... sources) {
        return new SpringApplicationBuilder(sources).run("--server.port=0", "--management.server.port=0",
                "--tidtam.embedded-db.dir=" + own.dataDir().toAbsolutePath(),
                "--tidtam.embedded-db.ephemeral=false",
                "--tidtam.demo.enabled=true",
                "--tidtam.reporting.freeze-cron=-", "--tidtam.reminders.cron=-",
                "--spring.jmx.enabled=false");
    }

    /**
     * The power cut: the demo indicators step throws, and records whether a web server had started by then. Not a
     * component (the application's scan would pick it up everywhere): handed to the first start as a source.
     */
    static class InterruptIndicators implements BeanPostProcessor, ApplicationListener<WebServerInitializedEvent> {

        static final AtomicBoolean interrupted = new AtomicBoolean();
        static final AtomicBoolean serverStartedBeforeInterruption = new AtomicBoolean();
        private final AtomicBoolean serverStarted = new AtomicBoolean();

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof DemoIndicators)) {
                return bean;
            }
            var proxy = new ProxyFactory(bean);
            proxy.setProxyTargetClass(true);
            proxy.addAdvice((MethodInterceptor) invocation -> {
                if (invocation.getMethod().getName().equals("load")) {
                    interrupted.set(true);
                    serverStartedBeforeInterruption.set(serverStarted.get());
                    throw new IllegalStateException("power cut while loading the demo indicators");
                }
                return invocation.proceed();
            });
            return proxy.getProxy(DemoIndicators.class.getClassLoader());
        }

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            serverStarted.set(true);
        }
    }

}
