package th.go.bangkok.tidtam.strategy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/** /admin/plan gives the plan's long names the room (issue #19: names cut beside a wide code column). */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class PlanAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_code_column_is_narrow_the_name_takes_the_rest_and_wraps_and_every_column_has_a_header() {
        users.signIn(TestUsers.ADMIN);
        UI.getCurrent().navigate("admin/plan");
        @SuppressWarnings("unchecked")
        TreeGrid<PlanNodeView> grid = $(TreeGrid.class).single();
        var columns = grid.getColumns();
        var tree = test(grid);
        for (int i = 0; i < columns.size(); i++) {
            assertThat(tree.getHeaderCell(i)).as("header of column %d", i).isNotBlank();
        }
        assertThat(tree.getHeaderCell(0)).isEqualTo("รหัส");
        assertThat(columns.getFirst().getFlexGrow()).as("the code column does not grow").isZero();
        assertThat(columns.get(1).getFlexGrow()).as("the name column takes the room").isPositive();
        assertThat(columns.stream().filter(c -> c.getFlexGrow() > 0)).as("only the name grows").hasSize(1);
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }
}
