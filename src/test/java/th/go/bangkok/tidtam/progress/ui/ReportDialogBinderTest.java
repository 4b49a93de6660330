package th.go.bangkok.tidtam.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.ConflictDialog;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportFilingService;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectNavigation;

/** The monthly report's buffered binder: ProgressReportData's rules at the fields, nothing filed until they hold. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class ReportDialogBinderTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    ProgressService progress;
    @Autowired
    ReportFilingService reports;

    @AfterEach
    void realTime() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_progress_over_100_percent_is_marked_in_the_services_words_and_the_draft_is_not_saved_but_kept_in_the_form() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการรายงานเกินร้อย " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> filing.submit(code));
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("projects/" + code, QueryParameters.simple(Map.of("tab", ProjectNavigation.TAB_REPORTS,
                "report", YearMonth.of(2026, 3).toString())));
        var dialog = $(ReportDialog.class).single();
        var pct = $(BigDecimalField.class, dialog).withCaption("ความก้าวหน้าของงานฯ").single();
        test($(TextArea.class, dialog).withCaption("ขั้นตอนการดำเนินงาน").single()).setValue("ประชุมคณะทำงาน");
        pct.setValue(new BigDecimal("150"));

        var range = Messages.get(ThaiDates.THAI, "report.progress.range");
        assertThat(pct.isInvalid()).as("marked as typed, no button pressed").isTrue();
        assertThat(pct.getErrorMessage()).isEqualTo(range);
        test($(Button.class, dialog).withText("บันทึกร่าง").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(pct.getErrorMessage()).isEqualTo(range);
        assertThat(pct.getValue()).isEqualByComparingTo("150");
        assertThat($(TextArea.class, dialog).withCaption("ขั้นตอนการดำเนินงาน").single().getValue())
                .isEqualTo("ประชุมคณะทำงาน");
        assertThat(progress.reports(code)).as("nothing filed").isEmpty();
    }

    @Test
    void a_draft_saved_meanwhile_by_someone_else_opens_the_conflict_dialog_and_keeps_what_i_typed() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการรายงานชนกัน " + UUID.randomUUID());
        var march = YearMonth.of(2026, 3);
        users.as(TestUsers.OFFICER, () -> {
            filing.submit(code);
            reports.save(code, march, draft("ร่างแรก", 0));
        });
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("projects/" + code, QueryParameters.simple(Map.of("tab", ProjectNavigation.TAB_REPORTS,
                "report", march.toString())));
        var dialog = $(ReportDialog.class).single();
        var steps = $(TextArea.class, dialog).withCaption("ขั้นตอนการดำเนินงาน").single();
        test(steps).setValue("ที่ฉันพิมพ์");

        var theirs = progress.reports(code).getFirst();
        reports.save(code, march, draft("ของเพื่อนร่วมงาน", theirs.version()));
        test($(Button.class, dialog).withText("บันทึกร่าง").single()).click();

        assertThat($(ConflictDialog.class).all()).as("the conflict is shown side by side").hasSize(1);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(steps.getValue()).as("my input is kept").isEqualTo("ที่ฉันพิมพ์");
        assertThat(progress.reports(code).getFirst().steps()).as("nothing overwritten silently")
                .isEqualTo("ของเพื่อนร่วมงาน");
    }

    private static ProgressReportData draft(String steps, long version) {
        return new ProgressReportData(LocalDate.of(2026, 3, 18), steps, new BigDecimal("10"), BigDecimal.ZERO,
                true, true, null, version);
    }
}
