package th.go.bangkok.tidtam.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ReportFilingService;
import th.go.bangkok.tidtam.progress.ReportStatus;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectFixtures;

/**
 * The project page's table of reports: its read-only cells are drawn by the browser from each row's figures (no
 * component per cell held in the session, issue #17), showing what was filed.
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class ProgressTabTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectFilingService projectFiling;
    @Autowired
    ReportFilingService filing;
    @Autowired
    th.go.bangkok.tidtam.StatementCounter counter;

    @AfterEach
    void realTime() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_report_shows_its_month_and_date_steps_progress_and_money_as_filed_from_markup_not_components() {
        var code = fixtures.create("โครงการตารางรายงาน " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> projectFiling.submit(code));
        var october = YearMonth.of(2025, 10);
        clock.set(OffsetDateTime.parse("2025-10-20T10:00:00+07:00").toInstant());
        users.as(TestUsers.OFFICER, () -> filing.save(code, october, new ProgressReportData(october.atDay(20),
                "1. ประชุมคณะทำงาน\n2. จัดทำร่างคู่มือ", new BigDecimal("12.5"), new BigDecimal("2700.00"), true, true,
                null, 0)));

        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("projects/" + code, com.vaadin.flow.router.QueryParameters.of("tab", "reports"));
        @SuppressWarnings("unchecked")
        Grid<ReportView> grid = $(Grid.class).all().stream()
                .filter(g -> g.getColumns().size() > 5).findFirst().orElseThrow();
        var table = test(grid);
        int row = -1;
        for (int i = 0; i < table.size(); i++) {
            if (table.getRow(i).month().equals(october)) {
                row = i;
            }
        }
        assertThat(row).as("October's report is in the table").isNotNegative();
        for (int column = 1; column <= 4; column++) {
            assertThat(grid.getColumns().get(column).getRenderer()).as("column " + column)
                    .isInstanceOf(LitRenderer.class);
        }
        assertThat(table.getLitRendererPropertyValue(row, 1, "main", String.class)).isEqualTo("ตุลาคม 2568");
        assertThat(table.getLitRendererPropertyValue(row, 1, "sub", String.class)).isEqualTo("20/10/2568");
        assertThat(table.getLitRendererPropertyValue(row, 2, "steps", String.class))
                .isEqualTo("1. ประชุมคณะทำงาน\n2. จัดทำร่างคู่มือ");
        assertThat(table.getLitRendererPropertyValue(row, 3, "main", String.class)).isEqualTo("12.50 %");
        assertThat(table.getLitRendererPropertyValue(row, 4, "main", String.class)).isEqualTo("2,700.00");
    }

    @Test
    void saving_a_draft_rebuilds_the_reports_tab_and_leaves_the_unchanged_project_details_as_they_were() {
        marchOpenOn("2026-03-20T10:00:00+07:00", "โครงการบันทึกร่างไม่สร้างหน้าใหม่ ");
        var title = title();
        var dialog = saveDraft();

        assertThat(dialog.isOpened()).as("the draft is saved").isFalse();
        @SuppressWarnings("unchecked")
        Grid<ReportView> grid = $(Grid.class).all().stream()
                .filter(g -> g.getColumns().size() > 5).findFirst().orElseThrow();
        var table = test(grid);
        assertThat(java.util.stream.IntStream.range(0, table.size()).mapToObj(table::getRow))
                .as("the rebuilt tab lists the draft").anyMatch(r -> r.month().equals(YearMonth.of(2026, 3))
                        && r.status() == ReportStatus.DRAFT);
        assertThat(title()).as("the page around the tab, its project unchanged by a draft, is as it was").isSameAs(title);
    }

    @Test
    void saving_a_draft_after_the_project_changed_elsewhere_rebuilds_the_whole_page_with_the_new_money_used() {
        var code = marchOpenOn("2026-03-05T10:00:00+07:00", "โครงการบันทึกร่างหลังเปลี่ยน ");
        var title = title();
        // while the dialog is open, February's report is sent (in another tab): the project's money used changes
        var february = YearMonth.of(2026, 2);
        filing.saveAndSubmit(code, february, new ProgressReportData(february.atDay(27), "1. จัดซื้อ",
                new BigDecimal("10"), new BigDecimal("2700.00"), true, true, null, 0), java.util.List.of());
        var dialog = saveDraft();

        assertThat(dialog.isOpened()).as("the draft is saved").isFalse();
        assertThat(title()).as("the page is drawn again").isNotSameAs(title);
        $(com.vaadin.flow.component.tabs.TabSheet.class).first().setSelectedIndex(0);
        assertThat(projectDetails().getElement().getProperty("innerHTML")).as("the money used now (the details are markup)")
                .contains("2,700.00");
    }

    @Test
    void a_project_opened_at_its_reports_builds_its_details_only_when_their_tab_is_shown() {
        marchOpenOn("2026-03-20T10:00:00+07:00", "โครงการรายละเอียดเมื่อเปิดดู ");
        $(ReportDialog.class).single().close();

        long read = counter.prepared(() -> {
            $(com.vaadin.flow.component.tabs.TabSheet.class).first().setSelectedIndex(0);
            return null;
        });

        assertThat(read).as("the details read when first shown (their baseline versions), not before").isPositive();
        assertThat(projectDetails().getElement().getProperty("innerHTML")).contains("โครงการรายละเอียดเมื่อเปิดดู");
    }

    @Test
    void a_report_opened_from_its_address_reads_nothing_the_reports_tab_has_not_already_read() {
        var code = activeProjectOn("2026-03-20T10:00:00+07:00", "โครงการเปิดรายงานจากที่อยู่ ");
        var tab = com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("tab", "reports"));
        UI.getCurrent().navigate("projects/" + code, tab); // every figure shared by the page is read once here

        long tabAlone = counter.prepared(() -> {
            UI.getCurrent().navigate("projects/" + code, tab);
            return null;
        });
        long withReport = counter.prepared(() -> {
            UI.getCurrent().navigate("projects/" + code, MARCH_REPORT);
            return null;
        });

        assertThat($(ReportDialog.class).single().isOpened()).as("March's report is open").isTrue();
        assertThat(withReport).as("the tab's reports, plan and months serve the dialog (the tab alone: %d)", tabAlone)
                .isEqualTo(tabAlone);
    }

    /** The address's parameters that open a project page at March 2569's report (the dialog). */
    private static final com.vaadin.flow.router.QueryParameters MARCH_REPORT = com.vaadin.flow.router.QueryParameters
            .simple(java.util.Map.of("tab", "reports", "report", YearMonth.of(2026, 3).toString()));

    /** A new active project of the officer's, its page open at March 2569's report (the dialog), at {@code now}. */
    private String marchOpenOn(String now, String name) {
        var code = activeProjectOn(now, name);
        UI.getCurrent().navigate("projects/" + code, MARCH_REPORT);
        return code;
    }

    /** A new active project of the officer's at {@code now}, the officer signed in. */
    private String activeProjectOn(String now, String name) {
        clock.set(OffsetDateTime.parse(now).toInstant());
        var code = fixtures.create(name + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> projectFiling.submit(code));
        users.signIn(TestUsers.OFFICER);
        return code;
    }

    /** The open report dialog with its steps typed, saved as a draft (บันทึกร่าง). */
    private ReportDialog saveDraft() {
        var dialog = $(ReportDialog.class).single();
        test($(TextArea.class, dialog).withCaption("ขั้นตอนการดำเนินงาน").single()).setValue("1. ประชุมคณะทำงาน");
        test($(Button.class, dialog).withText("บันทึกร่าง").single()).click();
        return dialog;
    }

    /** The project's name at the top of its page (drawn again when the whole page is). */
    private com.vaadin.flow.component.html.H2 title() {
        return $(com.vaadin.flow.component.html.H2.class).first();
    }

    /** The project page's details (its read view, of the project package: found by its style class). */
    private com.vaadin.flow.component.Component projectDetails() {
        return $(com.vaadin.flow.component.Component.class).all().stream()
                .filter(c -> c.getElement().getClassList().contains("project-read")).findFirst().orElseThrow();
    }
}
