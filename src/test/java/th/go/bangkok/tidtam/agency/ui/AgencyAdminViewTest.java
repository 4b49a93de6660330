package th.go.bangkok.tidtam.agency.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyData;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;

/** /admin/agencies shows an agency's short and official names and edits the official one, without a browser. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class AgencyAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers testUsers;
    @Autowired
    AgencyService agencies;

    String shortName;
    long office;

    @BeforeEach
    void anOfficeWithAnOfficialName() {
        testUsers.signIn(TestUsers.ADMIN);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        shortName = "สนท. " + suffix;
        office = agencies.createOffice(new AgencyData("9" + String.format("%07d",
                Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)), shortName, null,
                "สำนักงานทดสอบระบบ " + suffix, 0));
        UI.getCurrent().navigate("admin/agencies");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_tree_shows_both_names_and_the_edit_dialog_changes_the_official_name() {
        @SuppressWarnings("unchecked")
        TreeGrid<AgencyNode> grid = $(TreeGrid.class).single();
        var tree = test(grid);
        int row = IntStream.range(0, tree.size()).filter(i -> tree.getRow(i).id() == office).findFirst().orElseThrow();
        assertThat(tree.getHeaderCell(0)).isEqualTo("ชื่อหน่วยงาน (ชื่อที่ใช้เรียก)");
        assertThat(tree.getHeaderCell(1)).isEqualTo("ชื่อทางการ");
        assertThat(tree.getCellText(row, 1)).isEqualTo(tree.getRow(row).officialName()).startsWith("สำนักงานทดสอบระบบ ");

        grid.select(tree.getRow(row));
        test($(Button.class).withText("แก้ไข").single()).click();
        var dialog = $(Dialog.class).single();
        assertThat($(TextField.class, dialog).withCaption("ชื่อหน่วยงาน (ชื่อที่ใช้เรียก)").single().getValue())
                .isEqualTo(shortName);
        var official = $(TextField.class, dialog).withCaption("ชื่อทางการ").single();
        test(official).setValue("สำนักงานทดสอบระบบ ชื่อใหม่");
        test($(Button.class, dialog).withText("บันทึก").single()).click();

        assertThat($(Dialog.class).all()).isEmpty();
        var saved = agencies.find(office).orElseThrow();
        assertThat(saved.officialName()).isEqualTo("สำนักงานทดสอบระบบ ชื่อใหม่");
        assertThat(saved.nameTh()).isEqualTo(shortName);
    }
}
