package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import th.go.bangkok.tidtam.base.export.ExportFormat;
import th.go.bangkok.tidtam.base.export.TableWriter;

/**
 * "Excel" and "CSV" for any list: a streamed download with the headers the user reads on screen. Rows are written
 * as the service pages through the database, so a list of any length never sits in memory whole.
 */
public final class XlsxDownload {

    private XlsxDownload() {
    }

    /** Writes one row at a time; numbers stay numbers, dates are shown as Buddhist-era text. */
    public static final class Rows {
        private final TableWriter writer;

        private Rows(TableWriter writer) {
            this.writer = writer;
        }

        public void add(Object... values) {
            writer.row(values);
        }
    }

    public static DownloadHandler of(String fileName, String sheetName, List<String> headers, Consumer<Rows> rows) {
        return of(ExportFormat.XLSX, fileName.replaceFirst("\\.xlsx$", ""), sheetName, headers, rows);
    }

    public static DownloadHandler of(ExportFormat format, String baseName, String sheetName, List<String> headers,
                                     Consumer<Rows> rows) {
        return stream(format, baseName, out -> {
            try (var writer = TableWriter.open(format, out, sheetName, headers)) {
                rows.accept(new Rows(writer));
            }
        });
    }

    /** A download whose content a service writes itself (it checks who may read it). */
    public static DownloadHandler stream(ExportFormat format, String baseName, Consumer<OutputStream> content) {
        return event -> {
            event.setFileName(format.fileName(baseName));
            event.setContentType(format.contentType());
            try (var out = event.getOutputStream()) {
                content.accept(out);
            }
        };
    }
}
