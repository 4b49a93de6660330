package th.go.bangkok.tidtam.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.progress.DueReport;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;

/** /reports/due marks what is overdue (issue #19: "overdue is not highlighted"), driven without a browser. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class DueReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectFilingService filing;

    @AfterEach
    void realTime() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    /** A project of the officer's unit, running since October, on 5 April 2026: March overdue, April due. */
    private String runningProject(String name) {
        var code = fixtures.create(name + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> filing.submit(code));
        clock.set(OffsetDateTime.parse("2026-04-05T10:00:00+07:00").toInstant());
        return code;
    }

    @SuppressWarnings("unchecked")
    private Grid<DueReport> dueList() {
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("reports/due");
        return $(Grid.class).single();
    }

    @Test
    void a_report_past_its_due_day_is_marked_overdue_and_one_still_due_is_not() {
        var code = runningProject("โครงการเลยกำหนด ");
        var grid = dueList();
        var when = grid.getColumns().get(4);
        var items = grid.getListDataView().getItems().filter(d -> d.projectCode().equals(code)).toList();
        var march = items.stream().filter(d -> d.month().getMonthValue() == 3).findFirst().orElseThrow();
        var april = items.stream().filter(d -> d.month().getMonthValue() == 4).findFirst().orElseThrow();
        assertThat(march.daysLeft()).isNegative();
        assertThat(when.getPartNameGenerator().apply(march)).contains("overdue");
        assertThat(when.getPartNameGenerator().apply(april)).isNull();
    }

    @Test
    void a_rows_report_button_opens_that_months_report_and_is_drawn_by_the_browser_not_held_as_a_component() {
        var code = runningProject("โครงการปุ่มรายงาน ");
        var grid = dueList();
        assertThat(grid.getColumnByKey("fill").getRenderer())
                .isInstanceOf(com.vaadin.flow.data.renderer.LitRenderer.class);
        var rows = test(grid);
        int march = -1;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.getRow(i);
            if (row.projectCode().equals(code) && row.month().getMonthValue() == 3) {
                march = i;
            }
        }
        assertThat(march).as("March is due").isNotNegative();

        rows.invokeLitRendererFunction(march, "fill", "fill");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("projects/" + code + "?tab=reports&report=2026-03");
    }
}
