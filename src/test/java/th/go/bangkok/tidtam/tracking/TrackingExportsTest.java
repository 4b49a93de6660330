package th.go.bangkok.tidtam.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.export.ExportFormat;

/**
 * The dashboard's downloads read back: the .xlsx opens with a spreadsheet reader and holds the grid's numbers and
 * Thai text; the CSV starts with the UTF-8 byte-order mark; a head's download holds their office only.
 */
@IntegrationTest
class TrackingExportsTest {

    static final Locale THAI = Locale.forLanguageTag("th-TH");

    @Autowired
    TrackingExports exports;
    @Autowired
    TrackingService tracking;
    @Autowired
    TrackingFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_agency_workbook_holds_the_same_rows_and_numbers_as_the_tree() throws Exception {
        var office = fixture.create();
        var grid = users.as(office.head(), () -> tracking.byAgency(TrackingFiguresTest.MARCH));
        var rows = xlsx(office.head(), TrackingTable.AGENCIES);

        assertThat(rows.getFirst().getCellText(0)).isEqualTo("หน่วยงาน");
        assertThat(rows.getFirst().getCellText(1)).isEqualTo("โครงการ");
        assertThat(rows.getFirst().getCellText(7)).isEqualTo("เบิกจ่าย");
        assertThat(rows).as("header + the head's office, its division and two groups only").hasSize(1 + grid.size());
        for (int i = 0; i < grid.size(); i++) {
            var expected = grid.get(i);
            var row = rows.get(i + 1);
            assertThat(row.getCellText(0).replace("\u00a0", "")).as("indented as in the tree").isEqualTo(expected.name());
            assertThat(number(row, 1)).isEqualByComparingTo(BigDecimal.valueOf(expected.projects()));
            assertThat(number(row, 2)).isEqualByComparingTo(BigDecimal.valueOf(expected.reported()));
            assertThat(number(row, 3)).isEqualByComparingTo(BigDecimal.valueOf(expected.missing()));
            assertThat(number(row, 4)).isEqualByComparingTo(BigDecimal.valueOf(expected.late()));
            assertThat(number(row, 5)).isEqualByComparingTo(BigDecimal.valueOf(expected.behindPlan()));
            assertThat(number(row, 6)).isEqualByComparingTo(expected.budget());
            assertThat(number(row, 7)).isEqualByComparingTo(expected.disbursed());
            assertThat(number(row, 8)).isEqualByComparingTo(expected.disbursedPercent());
        }
        assertThat(rows.get(1).getCellText(0)).isEqualTo(fixture.officeName(office));
        assertThat(number(rows.get(1), 7)).isEqualByComparingTo("95000");
    }

    @Test
    void the_not_reported_workbook_names_whom_to_call_with_buddhist_dates() throws Exception {
        var office = fixture.create();
        clock.set(OffsetDateTime.parse("2026-04-05T09:00:00+07:00").toInstant());
        var rows = xlsx(office.head(), TrackingTable.MISSING);
        assertThat(rows).hasSize(2);
        var p3 = rows.get(1);
        assertThat(p3.getCellText(0)).isEqualTo(office.codes().get(2));
        assertThat(p3.getCellText(1)).startsWith("โครงการติดตาม P3");
        assertThat(p3.getCellText(2)).contains("กลุ่มงาน ข");
        assertThat(p3.getCellText(4)).isEqualTo("143");
        assertThat(p3.getCellText(5)).isEqualTo("20/01/2569");
        assertThat(number(p3, 6)).isEqualByComparingTo("5");
    }

    @Test
    void the_chart_tables_download_with_their_figures() throws Exception {
        var office = fixture.create();
        var months = xlsx(office.head(), TrackingTable.MONTHS);
        assertThat(months).hasSize(7);
        assertThat(months.get(1).getCellText(0)).isEqualTo("ตุลาคม 2568");
        assertThat(months.get(6).getCellText(0)).isEqualTo("มีนาคม 2569");
        assertThat(number(months.get(6), 1)).isEqualByComparingTo("3");
        assertThat(number(months.get(6), 2)).isEqualByComparingTo("2");
        var dimensions = xlsx(office.head(), TrackingTable.DIMENSIONS);
        assertThat(dimensions).hasSize(2);
        assertThat(dimensions.get(1).getCellText(0)).isEqualTo("๗ การบริหารจัดการเมืองมหานคร");
        assertThat(number(dimensions.get(1), 3)).isEqualByComparingTo("95000");
        var offices = xlsx(office.head(), TrackingTable.OFFICES);
        assertThat(offices).hasSize(2);
        assertThat(number(offices.get(1), 2)).isEqualByComparingTo("600000");
        var behind = xlsx(office.head(), TrackingTable.BEHIND_PLAN);
        assertThat(behind).hasSize(2);
        assertThat(behind.get(1).getCellText(0)).isEqualTo(office.codes().get(1));
        assertThat(behind.get(1).getCellText(8)).isEqualTo("ล่าช้า");
    }

    @Test
    void the_csv_opens_in_excel_as_thai_and_holds_the_heads_office_only() {
        var office = fixture.create();
        var bytes = write(office.head(), TrackingTable.AGENCIES, ExportFormat.CSV);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        var lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("หน่วยงาน,โครงการ,รายงานแล้ว,ยังไม่รายงาน");
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).isEqualTo(fixture.officeName(office) + ",3,2,1,1,1,600000.00,95000.00,15.8");

        var other = new String(write(TestUsers.HEAD, TrackingTable.AGENCIES, ExportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(other).as("another office's head never downloads this office").doesNotContain(fixture.officeName(office));
        var coordinator = new String(write(TestUsers.COORDINATOR, TrackingTable.AGENCIES, ExportFormat.CSV),
                StandardCharsets.UTF_8);
        assertThat(coordinator).contains(fixture.officeName(office));
    }

    private List<Row> xlsx(String user, TrackingTable table) throws Exception {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(write(user, table, ExportFormat.XLSX)))) {
            return workbook.getFirstSheet().read();
        }
    }

    private byte[] write(String user, TrackingTable table, ExportFormat format) {
        var out = new ByteArrayOutputStream();
        users.as(user, () -> exports.write(table, TrackingFiguresTest.MARCH, null, format, THAI, out));
        return out.toByteArray();
    }

    private static BigDecimal number(Row row, int col) {
        return row.getCellAsNumber(col).orElseThrow();
    }
}
