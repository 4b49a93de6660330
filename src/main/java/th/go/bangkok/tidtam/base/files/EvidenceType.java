package th.go.bangkok.tidtam.base.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence file a report accepts, recognised by their first bytes, never by the file's name:
 * a program renamed to ".pdf" is still a program.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** The largest file accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most files one report holds. */
    public static final int MAX_FILES = 10;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    EvidenceType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<EvidenceType> detect(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    public static Optional<EvidenceType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content == null || content.length < signature.length) {
            return false;
        }
        return Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
