package th.go.bangkok.tidtam.legacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.legacy.LegacyAgencyMappings;

/**
 * /import with an office's files naming an agency our tree does not know: one choice maps them all and, chosen
 * by an administrator, is remembered until removed on the same page.
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class ImportViewMappingTest extends SpringBrowserlessTest {

    private static final String REHABILITATION = "สำนักการแพทย์ / โรงพยาบาลผู้สูงอายุบางขุนเทียน / กลุ่มงานเวชกรรมฟื้นฟู";

    @Autowired
    TestUsers testUsers;
    @Autowired
    LegacyAgencyMappings mappings;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void one_agency_chosen_by_an_administrator_maps_every_file_of_the_upload_and_is_remembered_until_removed()
            throws IOException {
        open(TestUsers.ADMIN);
        int serial = ThreadLocalRandom.current().nextInt(8000, 9999);
        var group = "กลุ่มงานฟื้นฟูตามไฟล์ " + serial;
        var upload = test($(Upload.class).single());
        upload.upload("a.txt", "text/plain", export("10000000-" + serial, group));
        upload.upload("b.txt", "text/plain", export("10000000-" + (serial - 4000), group));
        var importAll = $(Button.class).withClassName("import-all").single();
        assertThat(importAll.getText()).as("both files name an unknown agency").isEqualTo("นำเข้า 0 ไฟล์");

        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = $(ComboBox.class).withClassName("map-agency").single();
        test(picker).selectItem(REHABILITATION);

        assertThat(importAll.getText()).as("the choice holds for both files").isEqualTo("นำเข้า 2 ไฟล์");
        var source = "สำนักการแพทย์ / โรงพยาบาลผู้สูงอายุบางขุนเทียน / " + group;
        assertThat(mappings.list()).filteredOn(m -> m.sourcePath().equals(source)).singleElement()
                .extracting(LegacyAgencyMappings.Remembered::agencyPath).isEqualTo(REHABILITATION);
        @SuppressWarnings("unchecked")
        Grid<LegacyAgencyMappings.Remembered> remembered = $(Grid.class).withClassName("remembered-mappings").single();
        var list = test(remembered);
        int row = IntStream.range(0, list.size())
                .filter(i -> list.getRow(i).sourcePath().equals(source)).findFirst().orElseThrow();
        assertThat(list.getCellText(row, 1)).isEqualTo(REHABILITATION);

        test((Button) list.getCellComponent(row, 4)).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains(source).contains(REHABILITATION);
        test(confirm).confirm();
        assertThat(mappings.list()).noneMatch(m -> m.sourcePath().equals(source));
        assertThat(test(remembered).size()).isEqualTo(mappings.list().size());
        assertThat(remembered.getEmptyStateText()).startsWith("ยังไม่มีการจับคู่ที่จดจำไว้");
    }

    @Test
    void a_coordinators_choice_maps_every_file_of_the_upload_but_is_not_remembered() throws IOException {
        open(TestUsers.COORDINATOR);
        int serial = ThreadLocalRandom.current().nextInt(8000, 9999);
        var group = "กลุ่มงานของผู้ประสานงาน " + serial;
        var upload = test($(Upload.class).single());
        upload.upload("a.txt", "text/plain", export("10000000-" + serial, group));
        upload.upload("b.txt", "text/plain", export("10000000-" + (serial - 4000), group));
        assertThat($(Grid.class).withClassName("remembered-mappings").all()).as("administrators only").isEmpty();

        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = $(ComboBox.class).withClassName("map-agency").single();
        test(picker).selectItem(REHABILITATION);

        assertThat($(Button.class).withClassName("import-all").single().getText()).isEqualTo("นำเข้า 2 ไฟล์");
        var source = "สำนักการแพทย์ / โรงพยาบาลผู้สูงอายุบางขุนเทียน / " + group;
        assertThat(testUsers.as(TestUsers.ADMIN, () -> mappings.list())).noneMatch(m -> m.sourcePath().equals(source));
    }

    private void open(String user) {
        testUsers.signIn(user);
        UI.getCurrent().navigate("import");
    }

    private static byte[] export(String code, String group) throws IOException {
        try (var in = ImportViewMappingTest.class.getResourceAsStream("/legacy/legacy-report-10000000-3312.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("10000000-3312", code)
                    .replace("กลุ่มงานเวชกรรมฟื้นฟู", group).getBytes(StandardCharsets.UTF_8);
        }
    }
}
