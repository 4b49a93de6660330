package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/**
 * The portal's Vaadin figures as Prometheus reads them (issue #21, docs/decisions/0024): a real browser signs in and
 * opens the project list from the menu; the scrape then counts that page open, the UIDL round trips and the
 * open UI.
 */
class OperationsMetricsJourneyTest extends BrowserTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void a_page_opened_from_the_menu_shows_in_the_page_open_and_uidl_timers() {
        double opensBefore = sum(scrape(), "tidtam_page_open_seconds_count{", "view=\"ProjectListView\"");
        double uidlBefore = sum(scrape(), "tidtam_uidl_requests_seconds_count", "");
        openLogin();
        submitLogin("officer", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("โครงการ")).first().click();
        page.waitForURL("**/projects**");
        assertThat(page.locator("vaadin-grid")).isVisible();

        var scrape = scrape();
        assertThat(sum(scrape, "tidtam_page_open_seconds_count{", "view=\"ProjectListView\"")).isEqualTo(opensBefore + 1);
        assertThat(sum(scrape, "tidtam_uidl_requests_seconds_count", "")).isGreaterThan(uidlBefore);
        assertThat(sum(scrape, "tidtam_vaadin_uis", "")).isGreaterThanOrEqualTo(1);
        assertThat(sum(scrape, "tidtam_vaadin_sessions", "")).isGreaterThanOrEqualTo(1);
    }

    private String scrape() {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + managementPort + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sum of the samples of a metric whose line also contains the tag given. */
    private static double sum(String scrape, String metric, String tag) {
        return scrape.lines().filter(l -> l.startsWith(metric) && l.contains(tag))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
