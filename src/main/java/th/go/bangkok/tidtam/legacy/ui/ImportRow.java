package th.go.bangkok.tidtam.legacy.ui;

import th.go.bangkok.tidtam.legacy.ImportChoices;
import th.go.bangkok.tidtam.legacy.ImportPreview;
import th.go.bangkok.tidtam.legacy.LegacyArchive;

/** One uploaded file on /import: what the reader made of it, its preview (or why there is none), and the choices made. */
final class ImportRow {
    final LegacyArchive.Entry file;
    ImportChoices choices = ImportChoices.NONE;
    ImportPreview preview;
    String problem;

    ImportRow(LegacyArchive.Entry file) {
        this.file = file;
    }

    long size() {
        return file.bytes() == null ? 0 : file.bytes().length;
    }

    boolean importable() {
        return preview != null && !preview.hasErrors() && preview.status() != ImportPreview.Status.UNCHANGED;
    }
}
