package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import th.go.bangkok.tidtam.base.SlowWork;
import th.go.bangkok.tidtam.base.export.ExportFormat;
import th.go.bangkok.tidtam.base.export.TableWriter;

/**
 * "Excel" and "CSV" for any list: a streamed download with the headers the user reads on screen. Rows are written
 * as the service pages through the database, so a list of any length never sits in memory whole.
 */
public final class TableDownload {

    private TableDownload() {
    }

    public static DownloadHandler of(ExportFormat format, String baseName, String sheetName, List<String> headers,
                                     Consumer<TableWriter> rows) {
        return stream(format, baseName, out -> {
            try (var writer = TableWriter.open(format, out, sheetName, headers)) {
                rows.accept(writer);
            }
        });
    }

    /** "Excel" and "CSV" buttons side by side for one list, each streaming the same rows. */
    public static Component buttons(String baseName, String sheetName, List<String> headers,
                                    Consumer<TableWriter> rows) {
        return buttons(format -> of(format, baseName, sheetName, headers, rows));
    }

    /** "Excel" and "CSV" buttons side by side, each downloading what {@code handler} makes of its format. */
    public static Component buttons(Function<ExportFormat, DownloadHandler> handler) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        row.addClassName("downloads");
        for (var format : ExportFormat.values()) {
            var anchor = new Anchor(handler.apply(format), "");
            anchor.removeAll();
            // the button inside the link is markup, not a Button and an Icon component: it only shows, the link
            // downloads (a list page carries several of these in every session); the link is the one tab stop
            anchor.getElement().setProperty("innerHTML", "<vaadin-button theme=\"tertiary small\" tabindex=\"-1\">"
                    + "<vaadin-icon icon=\"vaadin:download\" slot=\"prefix\"></vaadin-icon>"
                    + (format == ExportFormat.XLSX ? "Excel" : "CSV") + "</vaadin-button>");
            anchor.addClassName("download-" + format.extension());
            row.add(anchor);
        }
        return row;
    }

    /**
     * A download whose content a service writes itself (it checks who may read it). It reads the database for as
     * long as the file takes, so it takes its turn with the other slow work ({@link SlowWork}).
     */
    public static DownloadHandler stream(ExportFormat format, String baseName, Consumer<OutputStream> content) {
        return event -> {
            event.setFileName(format.fileName(baseName));
            event.setContentType(format.contentType());
            var slowWork = VaadinService.getCurrent().getInstantiator().getOrCreate(SlowWork.class);
            try (var out = event.getOutputStream()) {
                slowWork.run(() -> content.accept(out));
            }
        };
    }
}
