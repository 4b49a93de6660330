package th.go.bangkok.tidtam.change.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.ui.MoneyField;
import th.go.bangkok.tidtam.change.ChangeFixtures;

/** The change-request dialog read by a Thai user (issue #19: "งบประมาณที่ได้รับ1,850,000.00", "1850000.00"). */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class ChangeRequestDialogTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    ChangeFixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_current_values_stand_apart_from_their_labels_and_money_reads_with_commas_and_baht() {
        var code = fixtures.runningProject();
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("projects/" + code, QueryParameters.simple(Map.of("tab", "changes")));
        test($(Button.class).withText("ขอเปลี่ยนแปลง").single()).click();
        var dialog = $(ChangeRequestDialog.class).single();

        var current = $(DescriptionList.class, dialog).single();
        var terms = $(DescriptionList.Term.class, current).all();
        var values = $(DescriptionList.Description.class, current).all();
        assertThat(terms).extracting(t -> t.getText()).contains("งบประมาณที่ได้รับ");
        assertThat(values).hasSameSizeAs(terms);
        int budget = terms.stream().map(t -> t.getText()).toList().indexOf("งบประมาณที่ได้รับ");
        assertThat(values.get(budget).getText()).isEqualTo("824,000.00 บาท");

        var proposed = $(MoneyField.class, dialog).single();
        assertThat(proposed.getValue()).isEqualTo("824,000.00");
        assertThat(((Span) proposed.getSuffixComponent()).getText()).isEqualTo("บาท");
        proposed.setValue("1850000");
        assertThat(proposed.getAmount()).isEqualByComparingTo("1850000");
        ComponentUtil.fireEvent(proposed, new BlurNotifier.BlurEvent<>(proposed, true));
        assertThat(proposed.getValue()).isEqualTo("1,850,000.00");
    }
}
