package th.go.bangkok.tidtam.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.BatchWait;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.legacy.ImportBatches;
import th.go.bangkok.tidtam.legacy.ImportChoices;
import th.go.bangkok.tidtam.legacy.LegacyArchive;
import th.go.bangkok.tidtam.tracking.TrackingExports;
import th.go.bangkok.tidtam.tracking.TrackingFixture;
import th.go.bangkok.tidtam.tracking.TrackingPeriod;
import th.go.bangkok.tidtam.tracking.TrackingTable;

/**
 * Issue #18, item 4: a project named {@code =HYPERLINK("http://x","y")} (or an officer, a phone, an uploaded file's
 * name starting with = + - @, a tab, a carriage return or a NUL) reaches every CSV the portal writes as text a spreadsheet
 * shows, never as a formula it runs; numbers stay numbers, and the .xlsx keeps text as text.
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class CsvFormulaInjectionTest extends SpringBrowserlessTest {

    static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    @Autowired
    TrackingFixture fixture;
    @Autowired
    TrackingExports trackingExports;
    @Autowired
    ImportBatches batches;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void every_text_cell_starting_with_a_formula_character_gets_a_leading_apostrophe() {
        var csv = csv(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), FORMULA, "+66 2 123 4567", "-1+2",
                "@SUM(A1)", "\tx", "\r=1+1", "\0=1+1", "ปกติ", "");
        assertThat(cells(csv).get(1)).containsExactly("'" + FORMULA, "'+66 2 123 4567", "'-1+2", "'@SUM(A1)", "'\tx",
                "'\r=1+1", "'\0=1+1", "ปกติ", "");
    }

    @Test
    void numbers_stay_numbers_even_when_negative() {
        var csv = csv(List.of("money", "count", "percent"), new BigDecimal("-5.00"), -3, -12.5);
        assertThat(cells(csv).get(1)).containsExactly("-5.00", "-3", "-12.5");
    }

    @Test
    void the_workbook_writes_a_formula_looking_name_as_text_and_money_as_a_number() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var writer = TableWriter.open(ExportFormat.XLSX, out, "t", List.of("name", "money"))) {
            writer.row(FORMULA, new BigDecimal("-5.00"));
        }
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = book.getFirstSheet().read().get(1);
            assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getFormula()).isNull();
            assertThat(row.getCell(0).asString()).isEqualTo(FORMULA);
            assertThat(row.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(1).asNumber()).isEqualByComparingTo("-5");
        }
    }

    @Test
    void the_tracking_lists_name_officers_and_phones_without_formulas() {
        var office = fixture.create();
        var code = office.codes().get(2);
        jdbc.update("update project set name = ?, responsible_name = ?, responsible_phone = ? where code = ?",
                FORMULA, "@SUM(1+1)", "+66 2 123 4567", code);
        clock.set(OffsetDateTime.parse("2026-04-05T09:00:00+07:00").toInstant());
        var out = new ByteArrayOutputStream();
        users.as(office.head(), () -> trackingExports.write(TrackingTable.MISSING,
                new TrackingPeriod(2569, YearMonth.of(2026, 3)), null, ExportFormat.CSV, Locale.ENGLISH, out));
        var rows = cells(out.toString(StandardCharsets.UTF_8));
        var row = rows.stream().filter(r -> r.getFirst().equals(code)).findFirst().orElseThrow();
        assertThat(row.subList(1, 5)).containsExactly("'" + FORMULA, row.get(2), "'@SUM(1+1)", "'+66 2 123 4567");
        assertNoFormulas(rows);
    }

    @Test
    void the_project_and_user_lists_download_without_formulas() throws Exception {
        var office = fixture.create();
        var code = office.codes().getFirst();
        jdbc.update("update project set name = ? where code = ?", FORMULA, code);
        jdbc.update("update app_user set full_name = ?, phone = ? where username = ?", "-2+3+cmd|' /C calc'!A0",
                "+66 81 234 5678", office.officerA());
        users.signIn(TestUsers.ADMIN);

        UI.getCurrent().navigate("projects");
        var projects = cells(downloadCsv());
        assertThat(projects).anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly(code, "'" + FORMULA));
        assertNoFormulas(projects);

        UI.getCurrent().navigate("admin/users");
        var accounts = cells(downloadCsv());
        assertThat(accounts).anySatisfy(r -> assertThat(r.subList(0, 2))
                .containsExactly(office.officerA(), "'-2+3+cmd|' /C calc'!A0"));
        assertNoFormulas(accounts);
    }

    @Test
    void the_import_summary_names_an_uploaded_file_without_a_formula() throws Exception {
        var name = FORMULA + ".txt";
        var entries = LegacyArchive.read(name, new ByteArrayInputStream("not an export".getBytes(StandardCharsets.UTF_8)));
        var started = users.as(TestUsers.ADMIN, () -> batches.start(entries.stream()
                .map(e -> new ImportBatches.Item(e, ImportChoices.NONE)).toList()));
        BatchWait.until(() -> users.as(TestUsers.ADMIN, () -> batches.status(started.id())),
                ImportBatches.Status::state, th.go.bangkok.tidtam.base.BatchState.DONE, Duration.ofMinutes(1));
        var out = new ByteArrayOutputStream();
        users.as(TestUsers.ADMIN, () -> batches.summary(started.id(), ExportFormat.CSV, Locale.ENGLISH, out));
        var rows = cells(out.toString(StandardCharsets.UTF_8));
        assertThat(rows.get(1).getFirst()).isEqualTo("'" + name);
        assertNoFormulas(rows);
    }

    /** No cell a spreadsheet would run: text never starts with = + - @ tab CR or NUL (a number may be negative). */
    private static void assertNoFormulas(List<List<String>> rows) {
        for (var row : rows) {
            for (var cell : row) {
                if (!cell.isEmpty() && !cell.matches("-?[0-9]+(\\.[0-9]+)?")) {
                    assertThat("=+-@\t\r\0".indexOf(cell.charAt(0))).as("cell %s", cell).isNegative();
                }
            }
        }
    }

    private static String csv(List<String> headers, Object... values) {
        var out = new ByteArrayOutputStream();
        try (var writer = TableWriter.open(ExportFormat.CSV, out, "t", headers)) {
            writer.row(values);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the list's "CSV" link downloads, through its own download handler as the signed-in user. */
    private String downloadCsv() throws Exception {
        var anchor = $(Anchor.class).withClassName("download-csv").first();
        var resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(anchor.getHref()))
                .orElseThrow();
        var handler = (DownloadHandler) resource.getElementRequestHandler();
        var out = new ByteArrayOutputStream();
        handler.handleDownloadRequest(new DownloadEvent(Mockito.mock(VaadinRequest.class),
                Mockito.mock(VaadinResponse.class), VaadinSession.getCurrent(), anchor.getElement()) {
            @Override
            public OutputStream getOutputStream() {
                return out;
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    /** RFC 4180 read back: quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> cells(String csv) {
        var text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
