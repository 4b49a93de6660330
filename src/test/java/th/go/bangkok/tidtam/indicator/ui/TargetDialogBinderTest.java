package th.go.bangkok.tidtam.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.indicator.IndicatorService;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeData;
import th.go.bangkok.tidtam.strategy.PlanService;

/** The target dialog's buffered binder: TargetData's rules at the fields, nothing saved until they hold. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class TargetDialogBinderTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    PlanService plan;
    @Autowired
    IndicatorService indicators;

    @AfterEach
    void realTime() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_target_with_three_decimals_is_marked_at_its_field_in_the_services_words_and_nothing_is_saved() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var indicator = newIndicator("ตัวชี้วัดทศนิยมเกิน");
        users.signIn(TestUsers.COORDINATOR);
        UI.getCurrent().navigate("indicators/" + indicator);
        test($(Button.class).withText("กำหนดเป้าหมาย").single()).click();
        var dialog = $(TargetDialog.class).single();
        var value = $(BigDecimalField.class, dialog).withCaption("ค่าเป้าหมาย").single();
        value.setValue(new BigDecimal("12.345"));

        var words = Messages.get(ThaiDates.THAI, "indicator.value.digits");
        assertThat(value.isInvalid()).as("marked as typed, no button pressed").isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(words);
        test($(Button.class, dialog).withText("บันทึก").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(words);
        assertThat(value.getValue()).isEqualByComparingTo("12.345");
        assertThat(indicators.details(indicator).years()).as("nothing saved").isEmpty();
    }

    /** An indicator of its own under goal 7.3.1, valid from FY 2561. */
    private long newIndicator(String name) {
        return users.as(TestUsers.ADMIN, () -> {
            var goal = plan.all().stream().filter(n -> n.level() == PlanLevel.GOAL && n.code().equals("7.3.1"))
                    .findFirst().orElseThrow().id();
            var code = "7.3.1." + ThreadLocalRandom.current().nextInt(5000, 99000);
            return plan.createChild(goal, new PlanNodeData(code, name + " " + code, null, 2561, null, 0));
        });
    }
}
