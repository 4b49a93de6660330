package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * "Excel" for any list: a streamed .xlsx with the headers the user reads on screen. Rows are written as the
 * service pages through the database, so a list of any length never sits in memory whole.
 */
public final class XlsxDownload {

    private XlsxDownload() {
    }

    /** Writes one row at a time; numbers stay numbers, dates are shown as Buddhist-era text. */
    public static final class Rows {
        private final Worksheet sheet;
        private int row = 1;

        private Rows(Worksheet sheet) {
            this.sheet = sheet;
        }

        public void add(Object... values) {
            for (int col = 0; col < values.length; col++) {
                switch (values[col]) {
                    case null -> { }
                    case BigDecimal number -> {
                        sheet.value(row, col, number);
                        sheet.style(row, col).format("#,##0.00").set();
                    }
                    case Number number -> sheet.value(row, col, number);
                    case LocalDate date -> sheet.value(row, col, ThaiDates.formatShort(date));
                    case Boolean flag -> sheet.value(row, col, flag);
                    default -> sheet.value(row, col, values[col].toString());
                }
            }
            row++;
        }
    }

    public static DownloadHandler of(String fileName, String sheetName, List<String> headers, Consumer<Rows> rows) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (var out = event.getOutputStream()) {
                var workbook = new Workbook(out, "Tidtam", "1.0");
                var sheet = workbook.newWorksheet(sheetName);
                for (int col = 0; col < headers.size(); col++) {
                    sheet.value(0, col, headers.get(col));
                    sheet.style(0, col).bold().set();
                }
                sheet.freezePane(0, 1);
                rows.accept(new Rows(sheet));
                workbook.finish();
            }
        };
    }
}
