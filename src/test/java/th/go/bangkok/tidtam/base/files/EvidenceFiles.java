package th.go.bangkok.tidtam.base.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small real-looking files for the evidence tests: each starts as its kind does; the rest is filler. */
public final class EvidenceFiles {

    private EvidenceFiles() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        var bytes = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 64);
        bytes[20] = 7;
        return bytes;
    }

    public static byte[] jpeg() {
        return Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}, 48);
    }

    /** A Windows program: "MZ", whatever its name says. */
    public static byte[] exe() {
        return Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, 256);
    }

    /** A PDF just over the limit: 11 MB. */
    public static byte[] pdfOf(int megabytes) {
        var bytes = Arrays.copyOf(pdf(), megabytes * 1024 * 1024);
        Arrays.fill(bytes, pdf().length, bytes.length, (byte) ' ');
        return bytes;
    }
}
