package th.go.bangkok.tidtam.base.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * One table written row by row to an .xlsx or a CSV stream, so a list of any length never sits in memory whole.
 * The headers are the ones the user reads on screen. Numbers stay numbers (money with two decimals), dates and
 * months are written as the Buddhist-era text users read (31/03/2564, มีนาคม 2569).
 */
public sealed interface TableWriter extends AutoCloseable {

    static TableWriter open(ExportFormat format, OutputStream out, String title, List<String> headers) {
        return switch (format) {
            case XLSX -> new Xlsx(out, title, headers);
            case CSV -> new Csv(out, headers);
        };
    }

    void row(Object... values);

    @Override
    void close();

    /** What a cell shows as text: dates and months in the Buddhist era, money as plain digits. */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            case LocalDate date -> ThaiDates.formatShort(date);
            case YearMonth month -> ThaiDates.formatMonth(month);
            case Instant instant -> ThaiDates.formatDateTime(instant);
            default -> value.toString();
        };
    }

    final class Xlsx implements TableWriter {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int row = 1;

        private Xlsx(OutputStream out, String title, List<String> headers) {
            workbook = new Workbook(out, "Tidtam", "1.0");
            // Excel refuses sheet names over 31 characters or with []:*?/\
            sheet = workbook.newWorksheet(title.replaceAll("[\\[\\]:*?/\\\\]", " ")
                    .substring(0, Math.min(31, title.length())));
            for (int col = 0; col < headers.size(); col++) {
                sheet.value(0, col, headers.get(col));
                sheet.style(0, col).bold().set();
            }
            sheet.freezePane(0, 1);
        }

        @Override
        public void row(Object... values) {
            for (int col = 0; col < values.length; col++) {
                switch (values[col]) {
                    case null -> { }
                    case BigDecimal number -> {
                        sheet.value(row, col, number);
                        sheet.style(row, col).format("#,##0.00").set();
                    }
                    case Number number -> sheet.value(row, col, number);
                    case Boolean flag -> sheet.value(row, col, flag);
                    default -> sheet.value(row, col, text(values[col]));
                }
            }
            row++;
        }

        @Override
        public void close() {
            try {
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * RFC 4180: commas, CRLF, fields quoted when they hold a comma, quote or line break. A text cell that a spreadsheet
     * would read as a formula gets a leading apostrophe (OWASP's CSV injection advice); numbers are written as they are,
     * so -5.00 stays a number (docs/decisions/0021-untrusted-files-and-inputs.md).
     */
    final class Csv implements TableWriter {
        private final BufferedWriter writer;

        private Csv(OutputStream out, List<String> headers) {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write("\uFEFF");
            row(headers.toArray());
        }

        @Override
        public void row(Object... values) {
            var line = new StringBuilder();
            for (int col = 0; col < values.length; col++) {
                if (col > 0) {
                    line.append(',');
                }
                var text = values[col] instanceof Number ? text(values[col]) : neutralised(text(values[col]));
                if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                    text = '"' + text.replace("\"", "\"\"") + '"';
                }
                line.append(text);
            }
            write(line.append("\r\n").toString());
        }

        /**
         * Text starting with = + - @, a tab or a carriage return (OWASP's list) or a NUL (ASVS 5.0 1.2.10's) may be a
         * formula to Excel or LibreOffice: not here.
         */
        static String neutralised(String text) {
            if (text.isEmpty()) {
                return text;
            }
            return switch (text.charAt(0)) {
                case '=', '+', '-', '@', '\t', '\r', '\0' -> "'" + text;
                default -> text;
            };
        }

        private void write(String text) {
            try {
                writer.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
