package th.go.bangkok.tidtam.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.indicator.Direction;
import th.go.bangkok.tidtam.indicator.FiscalQuarter;
import th.go.bangkok.tidtam.indicator.IndicatorResultService;
import th.go.bangkok.tidtam.indicator.IndicatorService;
import th.go.bangkok.tidtam.indicator.IndicatorTargetService;
import th.go.bangkok.tidtam.indicator.TargetData;
import th.go.bangkok.tidtam.indicator.TargetKind;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeData;
import th.go.bangkok.tidtam.strategy.PlanService;

/** The result dialog's buffered binder: ResultData's rules at the fields, nothing sent until they hold. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class ResultDialogBinderTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    PlanService plan;
    @Autowired
    AgencyService agencies;
    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorTargetService targets;
    @Autowired
    IndicatorResultService results;

    @AfterEach
    void realTime() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_result_too_long_for_the_service_is_marked_at_its_field_in_the_services_words_and_nothing_is_sent() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var indicator = newIndicator("ตัวชี้วัดผลยาวเกิน");
        var unit = users.as(TestUsers.ADMIN, () -> agencies.all().stream() // the demo officer's unit
                .filter(a -> a.nameTh().equals("กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ")).findFirst()
                .orElseThrow().id());
        users.as(TestUsers.COORDINATOR, () -> targets.saveTarget(indicator, 2569, new TargetData(TargetKind.NUMBER,
                "คน", new BigDecimal("100"), null, Direction.HIGHER, null, unit, 0L)));
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("indicators/" + indicator);
        // as บันทึกผล in the quarter's row opens it (the grid's buttons are not rendered without a browser)
        var year = indicators.details(indicator).years().getFirst();
        assertThat(year.canEnter()).isTrue();
        assertThat(year.openQuarters()).contains(2);
        new ResultDialog(results, year.target(), new FiscalQuarter(2569, 2), null, () -> { }).open();
        var dialog = $(ResultDialog.class).single();
        var value = $(TextField.class, dialog).withCaption("ผลการดำเนินงาน").single();
        var note = $(TextArea.class, dialog).withCaption("หมายเหตุ").single();
        test(note).setValue("นับจากทะเบียนผู้เข้าร่วม");
        var tooLong = "1".repeat(31);
        test(value).setValue(tooLong);

        var words = Messages.get(ThaiDates.THAI, "validation.tooLong");
        assertThat(value.isInvalid()).as("marked as typed, no button pressed").isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(words);
        test($(Button.class, dialog).withText("ส่งผล").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(words);
        assertThat(value.getValue()).isEqualTo(tooLong);
        assertThat(note.getValue()).isEqualTo("นับจากทะเบียนผู้เข้าร่วม");
        assertThat(users.as(TestUsers.COORDINATOR, () -> indicators.details(indicator).years().getFirst().results()))
                .as("nothing sent").isEmpty();
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
