package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/**
 * Issue #18 (item 3): the sign-in form and the session cookie against another site, over real HTTP to the running
 * application. See docs/decisions/0020-sign-in-identity-and-login-form.md.
 */
@IntegrationTest
class LoginCsrfAndCookieTest {

    @LocalServerPort
    int port;

    @Test
    void a_sign_in_posted_from_another_site_is_refused() {
        var victim = new SignInClient(port);
        victim.get("/login");
        var forged = victim.post("/login", Map.of("username", "officer", "password", DemoAccounts.PASSWORD),
                "Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site");
        assertThat(SignInClient.redirect(forged)).as("back to a fresh sign-in page").isEqualTo("/login?expired");
        assertThat(victim.signedIn()).isFalse();

        var withoutPage = new SignInClient(port);
        var blind = withoutPage.post("/login", Map.of("username", "officer", "password", DemoAccounts.PASSWORD));
        assertThat(SignInClient.redirect(blind)).as("a post without the sign-in page's token")
                .isEqualTo("/login?expired");
        assertThat(withoutPage.signedIn()).isFalse();
    }

    @Test
    void a_sign_in_from_the_sign_in_page_still_works() {
        var client = new SignInClient(port);
        assertThat(SignInClient.redirect(client.signIn("officer", DemoAccounts.PASSWORD))).isEqualTo("/");
        assertThat(client.signedIn()).isTrue();
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_out_of_scripts_reach() {
        var cookie = sessionCookie(new SignInClient(port).get("/login"));
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_only_sent_over_tls() {
        var plain = sessionCookie(new SignInClient(port).get("/login"));
        assertThat(plain).doesNotContainIgnoringCase("Secure");
        var behindProxy = sessionCookie(new SignInClient(port).get("/login", "X-Forwarded-Proto", "https"));
        assertThat(behindProxy).containsIgnoringCase("; Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void the_session_id_never_appears_in_an_address() {
        var client = new SignInClient(port);
        for (var path : new String[] {"/VAADIN/", "/VAADIN/no-such-file.js", "/projects", "/"}) {
            var response = client.get(path);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("jsessionid=");
        }
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }
}
