package th.go.bangkok.tidtam.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.ui.LeanSelect;
import th.go.bangkok.tidtam.tracking.AgencyRow;
import th.go.bangkok.tidtam.tracking.TrackingFixture;

/**
 * /tracking's tree by agency: a coordinator's starts as its offices (one row each, opened with a click; all of some
 * 450 rows at once made a long page, issue #17), a head's one office starts open, and an office chosen in the
 * picker (or clicked) opens to show its units.
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class TrackingAgencyTreeViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    TrackingFixture fixture;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_coordinator_sees_the_offices_closed_and_the_office_chosen_in_the_picker_opens_to_its_units() {
        var office = fixture.create();
        users.signIn(TestUsers.COORDINATOR);
        UI.getCurrent().navigate("tracking", QueryParameters.simple(Map.of()));
        march2569();
        @SuppressWarnings("unchecked")
        TreeGrid<AgencyRow> tree = $(TreeGrid.class).single();
        var row = officeRow(tree, office.officeId());
        assertThat(tree.isExpanded(row)).as("offices start closed").isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<AgencyRow> picker = $(ComboBox.class).withCaption("กรองรายการตามหน่วยงาน").single();
        picker.setValue(row);
        assertThat(tree.isExpanded(row)).as("the chosen office opens").isTrue();

        tree.collapse(row);
        var rows = test(tree);
        var index = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.getRow(i).agencyId() == office.officeId()).findFirst().orElseThrow();
        rows.clickRow(index);
        assertThat(tree.isExpanded(row)).as("closed with its arrow, a click on the chosen row opens it again").isTrue();
    }

    @Test
    void a_head_sees_their_one_office_open() {
        var office = fixture.create();
        users.signIn(office.head());
        UI.getCurrent().navigate("tracking", QueryParameters.simple(Map.of()));
        march2569();
        @SuppressWarnings("unchecked")
        TreeGrid<AgencyRow> tree = $(TreeGrid.class).single();
        assertThat(tree.isExpanded(officeRow(tree, office.officeId()))).isTrue();
    }

    /** The fixture's month: its office has projects running in March 2569 (fiscal year 2569). */
    @SuppressWarnings("unchecked")
    private void march2569() {
        $(LeanSelect.class).withCaption("ปีงบประมาณ พ.ศ.").single().setValue(2569);
        $(LeanSelect.class).withCaption("เดือน").single().setValue(YearMonth.of(2026, 3));
    }

    private static AgencyRow officeRow(TreeGrid<AgencyRow> tree, long officeId) {
        var provider = (com.vaadin.flow.data.provider.hierarchy.TreeDataProvider<AgencyRow>) tree.getDataProvider();
        return provider.getTreeData().getRootItems().stream().filter(r -> r.agencyId() == officeId).findFirst()
                .orElseThrow();
    }
}
