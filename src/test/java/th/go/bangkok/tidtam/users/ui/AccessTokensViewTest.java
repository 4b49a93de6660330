package th.go.bangkok.tidtam.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.users.AccessTokenView;

/**
 * Issue #22: /tokens without a browser: a user creates a token, sees its secret once, the token reads the API, and
 * revoking it on the page stops it.
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class AccessTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers testUsers;
    @LocalServerPort
    int port;

    @BeforeEach
    void openThePage() {
        testUsers.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("tokens");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_user_creates_a_token_sees_its_secret_once_and_revokes_it_on_their_page() throws Exception {
        var name = "Power BI " + UUID.randomUUID().toString().substring(0, 8);
        test($(TextField.class).withClassName("token-name").single()).setValue(name);
        test($(Button.class).withClassName("token-create").single()).click();

        var secret = $(TextField.class).withClassName("token-secret-value").single().getValue();
        assertThat(secret).startsWith("tdt-").hasSize(68);
        assertThat(get(secret)).isEqualTo(200);

        @SuppressWarnings("unchecked")
        Grid<AccessTokenView> grid = $(Grid.class).single();
        var row = rowOf(grid, name);
        assertThat(test(grid).getCellText(row, 0)).isEqualTo(name);
        assertThat(test(grid).getCellText(row, 1)).isEqualTo(secret.substring(0, 10) + "…");
        assertThat(test(grid).getCellText(row, 5)).isEqualTo("ใช้งานได้");

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("tokens");
        assertThat($(TextField.class).withClassName("token-secret-value").all()).as("shown once").isEmpty();

        @SuppressWarnings("unchecked")
        Grid<AccessTokenView> again = $(Grid.class).single();
        var revoke = (Button) test(again).getCellComponent(rowOf(again, name), 6);
        test(revoke).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(test(again).getCellText(rowOf(again, name), 5)).isEqualTo("ยกเลิกแล้ว");
        assertThat(get(secret)).isEqualTo(401);
    }

    @Test
    void an_expiry_more_than_a_year_away_is_refused() {
        test($(TextField.class).withClassName("token-name").single()).setValue("นานเกินไป");
        var expires = $(th.go.bangkok.tidtam.base.ui.BuddhistDatePicker.class).withClassName("token-expires").single();
        expires.setMax(null);
        expires.setValue(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).plusDays(400));
        test($(Button.class).withClassName("token-create").single()).click();
        assertThat($(TextField.class).withClassName("token-secret-value").all()).isEmpty();
    }

    private static int rowOf(Grid<AccessTokenView> grid, String name) {
        var items = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private int get(String secret) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/projects?size=1"))
                    .header("Authorization", "Bearer " + secret).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }
}
