package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/**
 * Should someone put the actuator on the public port (TIDTAM_MANAGEMENT_PORT the same as the portal's), it still
 * answers administrators only, and Vaadin's router does not take its addresses (docs/decisions/0024).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=")
@ActiveProfiles("test")
class ManagementOnPublicPortTest {

    /**
     * This application (its own context) installs its security-context strategy into Spring Security's static
     * holder; the context the other tests share gets its own back afterwards (as in RestartKeepsDataTest).
     */
    static final SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();

    @LocalServerPort
    int port;

    @AfterAll
    static void giveTheSharedContextItsStrategyBack() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Test
    void health_on_the_public_port_answers_nobody_but_an_administrator() {
        var visitor = new SignInClient(port).get("/actuator/health");
        assertThat(visitor.statusCode()).isNotEqualTo(200);
        assertThat(visitor.body()).doesNotContain("\"status\":\"UP\"");

        var officer = new SignInClient(port);
        officer.signIn(TestUsers.OFFICER, DemoAccounts.PASSWORD);
        var officersAnswer = officer.get("/actuator/health");
        assertThat(officersAnswer.statusCode()).isEqualTo(403);
        assertThat(officersAnswer.body()).doesNotContain("\"status\":\"UP\"");

        var admin = new SignInClient(port);
        admin.signIn(TestUsers.ADMIN, DemoAccounts.PASSWORD);
        var adminsAnswer = admin.get("/actuator/health");
        assertThat(adminsAnswer.statusCode()).isEqualTo(200);
        assertThat(adminsAnswer.body()).contains("\"status\":\"UP\"");
        assertThat(admin.get("/actuator/prometheus").body()).contains("tidtam_vaadin_sessions");
    }
}
