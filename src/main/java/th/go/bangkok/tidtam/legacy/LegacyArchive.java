package th.go.bangkok.tidtam.legacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import th.go.bangkok.tidtam.base.BusinessRuleException;

/**
 * An upload as files to import: a {@code .txt} is one, a {@code .zip} is read entry by entry. The ZIP's declared
 * sizes are not trusted: every entry is read through a counter, so no more than {@value #MAX_FILE_BYTES} bytes of
 * an entry and {@value #MAX_TOTAL_BYTES} bytes in all are ever held (a ZIP bomb stops there), at most
 * {@value #MAX_FILES} entries are looked at, and an entry whose path climbs out ({@code ..}, a drive, an absolute
 * path) is refused. An oversized entry whose header says it is packed tighter than text ever packs stops the whole
 * ZIP at once (a bomb); one without sizes in its header is inflated only as far as the total allows.
 * Refused entries come back with the reason, so the summary lists them.
 */
public final class LegacyArchive {

    public static final int MAX_FILE_BYTES = LegacyImports.MAX_FILE_BYTES;
    public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    public static final int MAX_FILES = 5_000;
    /** Text compresses about ten to one; an oversized entry packed far tighter than that is a bomb. */
    static final int MAX_RATIO = 100;

    private LegacyArchive() {
    }

    /** One file of the upload: its name and content, or why it was refused (a message key and its argument). */
    public record Entry(String name, byte[] bytes, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** The files of one upload; a ZIP larger or fuller than the limits is refused whole. */
    public static List<Entry> read(String uploadName, InputStream in) throws IOException {
        return read(uploadName, in, MAX_TOTAL_BYTES);
    }

    static List<Entry> read(String uploadName, InputStream in, long maxTotal) throws IOException {
        var lower = uploadName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return unzip(in, maxTotal);
        }
        if (!lower.endsWith(".txt")) {
            return List.of(new Entry(uploadName, null, "legacy.zip.notText"));
        }
        var bytes = readAtMost(in, MAX_FILE_BYTES + 1L);
        return List.of(bytes.length > MAX_FILE_BYTES ? new Entry(uploadName, null, "legacy.zip.fileTooLarge")
                : new Entry(uploadName, bytes, null));
    }

    private static List<Entry> unzip(InputStream in, long maxTotal) throws IOException {
        var entries = new ArrayList<Entry>();
        long total = 0;
        int count = 0;
        // names without the UTF-8 flag are read as Thai Windows writes them; flagged ones stay UTF-8
        try (var zip = new ZipInputStream(in, java.nio.charset.Charset.forName("windows-874"))) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_FILES) {
                    throw new BusinessRuleException("legacy.zip.tooMany", MAX_FILES);
                }
                var name = entry.getName();
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || baseName(name).startsWith("._")) {
                    continue;
                }
                if (!safe(name)) {
                    entries.add(new Entry(name, null, "legacy.zip.path"));
                    continue;
                }
                var lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".zip")) {
                    entries.add(new Entry(name, null, "legacy.zip.nested"));
                    continue;
                }
                if (!lower.endsWith(".txt")) {
                    entries.add(new Entry(name, null, "legacy.zip.notText"));
                    continue;
                }
                var bytes = readAtMost(zip, MAX_FILE_BYTES + 1L);
                total += bytes.length;
                if (total > maxTotal) {
                    throw new BusinessRuleException("legacy.zip.tooLarge", maxTotal / (1024 * 1024));
                }
                if (bytes.length > MAX_FILE_BYTES) {
                    long packed = entry.getCompressedSize();
                    if (packed > 0 && entry.getSize() > 0 && (double) entry.getSize() / packed > MAX_RATIO) {
                        throw new BusinessRuleException("legacy.zip.bomb", name);
                    }
                    // the rest of an oversized entry is inflated to get past it, and counts against the total
                    total += drain(zip, maxTotal - total + 1);
                    if (total > maxTotal) {
                        throw new BusinessRuleException("legacy.zip.tooLarge", maxTotal / (1024 * 1024));
                    }
                    entries.add(new Entry(name, null, "legacy.zip.fileTooLarge"));
                } else {
                    entries.add(new Entry(name, bytes, null));
                }
            }
        } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
            throw new BusinessRuleException("legacy.zip.unreadable", String.valueOf(e.getMessage()));
        }
        if (count == 0) {
            throw new BusinessRuleException("legacy.zip.unreadable", "empty");
        }
        return entries;
    }

    /** A relative path that stays inside: no {@code ..} part, no leading slash or drive, no backslash tricks. */
    static boolean safe(String name) {
        if (name.isBlank() || name.startsWith("/") || name.startsWith("\\") || name.contains(":")
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (var part : name.split("[/\\\\]")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String baseName(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    private static long drain(InputStream in, long limit) throws IOException {
        var buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while (read < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - read))) > 0) {
            read += n;
        }
        return read;
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[16 * 1024];
        long read = 0;
        int n;
        while (read < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - read))) > 0) {
            out.write(buffer, 0, n);
            read += n;
        }
        return out.toByteArray();
    }
}
