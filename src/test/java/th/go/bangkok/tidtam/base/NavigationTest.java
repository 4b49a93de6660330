package th.go.bangkok.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.change.ChangeNavigation;
import th.go.bangkok.tidtam.indicator.IndicatorNavigation;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.report.ReportNavigation;
import th.go.bangkok.tidtam.security.SecurityNavigation;

/** The addresses people bookmark and scripts drive stay exactly as they were written before issue #20. */
class NavigationTest {

    @Test
    void the_addresses_are_the_ones_people_bookmarked() {
        assertThat(ProjectNavigation.project("03000000-0016")).isEqualTo("projects/03000000-0016");
        assertThat(ProjectNavigation.tab("03000000-0016", ProjectNavigation.TAB_CHANGES))
                .isEqualTo("projects/03000000-0016?tab=changes");
        assertThat(ProjectNavigation.report("03000000-0016", YearMonth.of(2026, 3)))
                .isEqualTo("projects/03000000-0016?tab=reports&report=2026-03");
        assertThat(ProjectNavigation.form("03000000-0016")).isEqualTo("projects/03000000-0016/form.pdf");
        assertThat(ProjectNavigation.formAsOf("03000000-0016", YearMonth.of(2026, 2)))
                .isEqualTo("projects/03000000-0016/form.pdf?asOf=2026-02");
        assertThat(ChangeNavigation.request(42)).isEqualTo("approvals?request=42");
        assertThat(IndicatorNavigation.indicator(7, 2569)).isEqualTo("indicators/7?fy=2569");
        assertThat(IndicatorNavigation.list(2569, "OFF_TRACK")).isEqualTo("indicators?fy=2569&status=OFF_TRACK");
        assertThat(ReportNavigation.verify("AB12CD")).isEqualTo("verify/AB12CD");
        assertThat(SecurityNavigation.login("expired")).isEqualTo("login?expired");
        assertThat(th.go.bangkok.tidtam.users.UserNavigation.tokens()).isEqualTo("tokens");
    }

    @Test
    void query_values_are_encoded_and_empty_ones_left_out_in_the_order_given() {
        var filters = new LinkedHashMap<String, Object>();
        filters.put("fy", 2569);
        filters.put("q", "ถนน & ทางเท้า");
        filters.put("office", null);
        filters.put("status", " ");
        assertThat(ProjectNavigation.list(filters))
                .isEqualTo("projects?fy=2569&q=%E0%B8%96%E0%B8%99%E0%B8%99%20%26%20%E0%B8%97%E0%B8%B2%E0%B8%87%E0%B9%80%E0%B8%97%E0%B9%89%E0%B8%B2");
        assertThat(ProjectNavigation.list(Map.of())).isEqualTo("projects");
    }
}
