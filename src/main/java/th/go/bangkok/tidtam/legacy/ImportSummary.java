package th.go.bangkok.tidtam.legacy;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.export.ExportFormat;
import th.go.bangkok.tidtam.base.export.TableWriter;

/** A batch's summary as a table: per file, its project, outcome, warnings and reason. */
final class ImportSummary {

    private ImportSummary() {
    }

    static void write(List<ImportOutcome> outcomes, ExportFormat format, Locale locale, OutputStream out) {
        try (var table = TableWriter.open(format, out, Messages.get(locale, "legacy.summary.sheet"), List.of(
                Messages.get(locale, "legacy.summary.file"), Messages.get(locale, "legacy.summary.code"),
                Messages.get(locale, "legacy.summary.result"), Messages.get(locale, "legacy.summary.warnings"),
                Messages.get(locale, "legacy.summary.reason")))) {
            for (var o : outcomes) {
                table.row(o.fileName(), o.projectCode(),
                        Messages.get(locale, "legacy.result." + o.result().name().toLowerCase(Locale.ROOT)),
                        String.join("\n", o.warnings().stream().map(w -> w.text(locale)).toList()), o.reason());
            }
        }
    }
}
