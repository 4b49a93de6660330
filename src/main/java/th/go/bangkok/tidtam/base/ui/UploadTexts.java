package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts Vaadin's Upload shows of its own while a file travels ("Processing File...", "Server Unavailable",
 * "remaining time", Retry / Start / Remove), in the user's language. Each upload adds its own "add files", "drop
 * files" and rejection texts to the result.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component upload) {
        return new UploadI18N()
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.status.connecting"))
                                .setStalled(upload.getTranslation("upload.status.stalled"))
                                .setProcessing(upload.getTranslation("upload.status.processing"))
                                .setHeld(upload.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remaining.prefix"))
                                .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("upload.error.serverUnavailable"))
                                .setUnexpectedServerError(upload.getTranslation("upload.error.unexpected"))
                                .setForbidden(upload.getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(upload.getTranslation("upload.error.fileTooLarge"))))
                .setFile(new UploadI18N.File()
                        .setRetry(upload.getTranslation("upload.file.retry"))
                        .setStart(upload.getTranslation("upload.file.start"))
                        .setRemove(upload.getTranslation("upload.file.remove")));
    }
}
