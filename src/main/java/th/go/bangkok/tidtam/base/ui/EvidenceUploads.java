package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import th.go.bangkok.tidtam.base.files.EvidenceFile;
import th.go.bangkok.tidtam.base.files.EvidenceType;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;

/**
 * The upload box for evidence files (PDF, JPEG, PNG, 10 MB each, cut off there on the server), in Thai, and the link that downloads a stored
 * one. Files wait in {@code pending} until the form is saved; the service checks them again from their content.
 */
public final class EvidenceUploads {

    private EvidenceUploads() {
    }

    /** A link that fetches the file through its feature's service (which checks access) when clicked. */
    public static com.vaadin.flow.component.html.Anchor downloadLink(String fileName,
                                                                     java.util.function.Supplier<EvidenceFile> file) {
        var link = new com.vaadin.flow.component.html.Anchor(com.vaadin.flow.server.streams.DownloadHandler
                .fromInputStream(event -> {
                    var content = file.get();
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(content.content()), content.fileName(), content.mediaType(),
                            content.content().length);
                }), fileName);
        link.setTarget("_blank");
        return link;
    }

    /** @param pending a synchronised list the form sends with its save */
    public static Upload create(List<EvidenceUpload> pending, int maxFiles, Consumer<String> onProblem) {
        var upload = new Upload();
        // the browser's maxFileSize is a courtesy: the server stops reading at the limit (LimitedUpload)
        upload.setUploadHandler(new LimitedUpload(EvidenceType.MAX_BYTES,
                upload.getTranslation("evidence.tooBig"),
                (fileName, file) -> pending.add(new EvidenceUpload(fileName, Files.readAllBytes(file))),
                fileName -> onProblem.accept(upload.getTranslation("evidence.file.tooLarge", fileName,
                        EvidenceType.MAX_BYTES / (1024 * 1024)))));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(EvidenceType.MAX_BYTES);
        upload.setMaxFiles(Math.max(1, maxFiles));
        var i18n = UploadTexts.of(upload);
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("evidence.add"))
                .setMany(upload.getTranslation("evidence.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("evidence.drop"))
                .setMany(upload.getTranslation("evidence.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(upload.getTranslation("evidence.tooBig"))
                .setIncorrectFileType(upload.getTranslation("evidence.wrongType"))
                .setTooManyFiles(upload.getTranslation("evidence.tooMany", EvidenceType.MAX_FILES)));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> onProblem.accept(e.getFileName() + ": " + e.getErrorMessage()));
        upload.addFileRemovedListener(e -> pending.removeIf(f -> Objects.equals(f.fileName(), e.getFileName())));
        upload.setWidthFull();
        return upload;
    }
}
