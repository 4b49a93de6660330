package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's own files (styles, the Thai font, the icon) and Lumo's stylesheet are served from the one static
 * location the portal keeps, before anyone signs in; a page's address is still the page (issue #17, decision 0033:
 * the other locations were searched on every page load for nothing).
 */
@IntegrationTest
class StaticFilesTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_styles_the_thai_font_and_the_icon_are_served_before_sign_in() throws Exception {
        var styles = get("/styles.css");
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(new String(styles.body())).contains("Sarabun");
        var font = get("/fonts/Sarabun-Regular.ttf");
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.body().length).isGreaterThan(10_000);
        var icon = get("/icons/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(new String(icon.body())).contains("<svg");
    }

    @Test
    void lumo_s_stylesheet_from_its_library_is_served_before_sign_in() throws Exception {
        var lumo = get("/" + com.vaadin.flow.theme.lumo.Lumo.STYLESHEET);
        assertThat(lumo.statusCode()).isEqualTo(200);
        assertThat(new String(lumo.body())).contains("--lumo-");
    }

    @Test
    void the_login_page_address_is_the_page_not_a_file() throws Exception {
        var login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(new String(login.body())).contains("<html").doesNotContain("Whitelabel");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
