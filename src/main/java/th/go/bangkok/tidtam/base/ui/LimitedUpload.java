package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/**
 * Every upload of the portal: the bytes go to a temporary file as they arrive and stop at {@code limit}, whatever the
 * browser was told (its maxFileSize is a courtesy, not a check). A file over the limit is cut off there, refused with
 * the caller's message, and its temporary file removed; a file within it is handed to {@code receiver} and removed
 * afterwards. All temporary files live in one folder, {@link #folder()}, never one folder per upload
 * (docs/decisions/0021-untrusted-files-and-inputs.md).
 */
public final class LimitedUpload implements UploadHandler {

    /** What an upload within the limit becomes; runs in the upload's request, the file is removed after it. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void received(String fileName, Path file) throws IOException;
    }

    private static final Duration ABANDONED = Duration.ofDays(1);
    private static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "tidtam-uploads");
    private static boolean swept;

    private final long limit;
    private final String refusal;
    private final Receiver receiver;
    private final SerializableConsumer<String> refused;

    /**
     * @param refusal the text the upload box shows next to a refused file
     * @param refused told the name of a file over the limit, with the UI locked
     */
    public LimitedUpload(long limit, String refusal, Receiver receiver, SerializableConsumer<String> refused) {
        this.limit = limit;
        this.refusal = refusal;
        this.receiver = receiver;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var name = event.getFileName();
        var file = Files.createTempFile(folder(), "upload-", ".part");
        try {
            sweep(file);
            boolean whole;
            try (var in = event.getInputStream(); var out = Files.newOutputStream(file)) {
                whole = copyAtMost(in, out, limit);
            }
            if (!whole) {
                event.reject(refusal);
                event.getUI().access(() -> refused.accept(name));
                return;
            }
            receiver.received(name, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A file refused here is always one over the limit: answer 413, which the upload box shows as "file too large"
     * (Vaadin's 422 would read "you may not send this file").
     */
    @Override
    public void responseHandled(UploadResult result) {
        if (result.exception() == null && result.allRejected()) {
            result.response().setStatus(413);
            return;
        }
        UploadHandler.super.responseHandled(result);
    }

    /** For a multipart upload Vaadin checks these itself once the servlet has read the parts. */
    @Override
    public long getFileSizeMax() {
        return limit;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /**
     * Copies {@code in} to {@code out} reading at most {@code limit + 1} bytes.
     *
     * @return false when there was more than {@code limit}
     */
    static boolean copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        var buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
            total += read;
            if (total > limit) {
                return false;
            }
            out.write(buffer, 0, read);
        }
        return true;
    }

    /** The one folder uploads pass through, readable by the application's account only. */
    public static synchronized Path folder() {
        try {
            if (!Files.isDirectory(FOLDER)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(FOLDER, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(FOLDER);
                }
            }
            return FOLDER;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Once per run: files a crash left behind, a day older than the file just created (the file system's clock, not
     * the application's), are removed.
     */
    private static synchronized void sweep(Path justCreated) throws IOException {
        if (swept) {
            return;
        }
        swept = true;
        var before = Files.getLastModifiedTime(justCreated).toInstant().minus(ABANDONED);
        try (var left = Files.list(FOLDER)) {
            for (var file : left.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
