package th.go.bangkok.tidtam.legacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ui.LimitedUpload;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.legacy.LegacyArchive;

/**
 * The upload of /import (.txt files or a .zip of them, cut off at the limit on the server) and the reading of one
 * upload into its files, each previewed.
 */
final class ImportUpload {

    private ImportUpload() {
    }

    static Upload create(Component owner, LimitedUpload.Receiver received,
                         com.vaadin.flow.function.SerializableConsumer<String> tooLarge) {
        var upload = new Upload();
        // the server stops reading at the limit, whatever the browser was told (LimitedUpload)
        upload.setUploadHandler(new LimitedUpload(LegacyArchive.MAX_TOTAL_BYTES,
                owner.getTranslation("legacy.upload.tooLarge", LegacyArchive.MAX_TOTAL_BYTES / (1024 * 1024)),
                received, tooLarge));
        upload.setAcceptedFileTypes(".txt", ".zip", "text/plain", "application/zip", "application/x-zip-compressed");
        upload.setMaxFileSize((int) LegacyArchive.MAX_TOTAL_BYTES);
        upload.addClassName("import-upload");
        var i18n = th.go.bangkok.tidtam.base.ui.UploadTexts.of(upload);
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("legacy.view.add"))
                .setMany(owner.getTranslation("legacy.view.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("legacy.view.drop"))
                .setMany(owner.getTranslation("legacy.view.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(owner.getTranslation("legacy.zip.tooLarge",
                        LegacyArchive.MAX_TOTAL_BYTES / (1024 * 1024)))
                .setIncorrectFileType(owner.getTranslation("legacy.zip.notText")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + ": " + e.getErrorMessage()));
        upload.setWidthFull();
        return upload;
    }

    /** Reads and previews the files of one upload (in the upload's request, as the signed-in user). */
    static List<ImportRow> read(String name, Path file, Consumer<ImportRow> preview) {
        var added = new ArrayList<ImportRow>();
        try (var in = Files.newInputStream(file)) {
            for (var entry : LegacyArchive.read(name, in)) {
                var row = new ImportRow(entry);
                preview.accept(row);
                added.add(row);
            }
        } catch (BusinessRuleException e) {
            var row = new ImportRow(new LegacyArchive.Entry(name, null, e.messageKey()));
            row.problem = UiErrors.messageFor(e).orElse(e.getMessage());
            added.add(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }

    static ImportRow refused(Component owner, String name, String key) {
        var row = new ImportRow(new LegacyArchive.Entry(name, null, key));
        row.problem = owner.getTranslation(key, LegacyArchive.MAX_TOTAL_BYTES / (1024 * 1024));
        return row;
    }
}
