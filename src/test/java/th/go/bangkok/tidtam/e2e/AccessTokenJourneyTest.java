package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/**
 * Issue #22: a coordinator opens their tokens from the user menu, creates one for Power BI, copies it, and the token
 * reads the tracking figures over the API.
 */
class AccessTokenJourneyTest extends BrowserTest {

    @Test
    void a_coordinator_creates_a_token_from_the_user_menu_and_it_reads_the_tracking_figures() throws Exception {
        openLogin();
        submitLogin("coordinator", DemoAccounts.PASSWORD);
        page.waitForURL(url("/tracking"));
        page.locator(".user-menu").click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("โทเคนสำหรับเชื่อมต่อ API")).click();
        page.waitForURL(url("/tokens"));

        page.locator(".token-name input").fill("Power BI กองติดตาม");
        page.locator("vaadin-button.token-create").click();
        var secret = page.locator(".token-secret-value input");
        assertThat(secret).hasValue(java.util.regex.Pattern.compile("tdt-[0-9a-f]{64}"));
        assertThat(page.locator("vaadin-grid")).containsText("Power BI กองติดตาม");
        assertThat(page.locator(".access-tokens-view")).containsText("ระบบจะไม่แสดงโทเคนนี้อีก");
        screenshot("tokens-created");

        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/projects?size=1")))
                    .header("Authorization", "Bearer " + secret.inputValue()).build(),
                    HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(response.body()).contains("\"items\"");
        }
    }
}
