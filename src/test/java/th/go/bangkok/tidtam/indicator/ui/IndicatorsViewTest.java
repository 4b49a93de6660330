package th.go.bangkok.tidtam.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;

/**
 * /indicators' target buttons (markup in each row) come only in a coordinator's and an administrator's tree; the
 * target service refuses everyone else anyway (IndicatorServiceAccessTest).
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class IndicatorsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}: target buttons {1}")
    @CsvSource({TestUsers.COORDINATOR + ", true", TestUsers.ADMIN + ", true", TestUsers.HEAD + ", false",
            TestUsers.OFFICER + ", false"})
    void only_those_who_may_set_targets_get_the_target_buttons(String user, boolean shown) {
        users.signIn(user);
        UI.getCurrent().navigate("indicators");

        var tree = $(TreeGrid.class).single();

        assertThat(tree.getColumnByKey(IndicatorsView.TARGET_COLUMN) != null).isEqualTo(shown);
    }
}
