package th.go.bangkok.tidtam.base.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import th.go.bangkok.tidtam.base.BusinessRuleException;

/**
 * The checks every evidence upload goes through before anything is written: the number of files, each one's
 * size, and its kind read from its content. The name is cleaned for display and download.
 */
public final class EvidenceCheck {

    /** A file that passed: its cleaned name, its kind, its content and its SHA-256. */
    public record Checked(String name, EvidenceType type, byte[] content, String sha256) {
    }

    private EvidenceCheck() {
    }

    /** @param existing how many files the record holds already */
    public static List<Checked> check(List<EvidenceUpload> files, long existing) {
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        if (existing + files.size() > EvidenceType.MAX_FILES) {
            throw new BusinessRuleException("evidence.file.tooMany", EvidenceType.MAX_FILES);
        }
        var checked = new ArrayList<Checked>();
        for (var file : files) {
            var name = fileName(file.fileName());
            var content = file.content();
            if (content == null || content.length == 0) {
                throw new BusinessRuleException("evidence.file.empty", name);
            }
            if (content.length > EvidenceType.MAX_BYTES) {
                throw new BusinessRuleException("evidence.file.tooLarge", name, EvidenceType.MAX_BYTES / (1024 * 1024));
            }
            var type = EvidenceType.detect(content)
                    .orElseThrow(() -> new BusinessRuleException("evidence.file.type", name));
            checked.add(new Checked(name, type, content, sha256(content)));
        }
        return checked;
    }

    /** The name as shown and downloaded: no folders, no control characters, at most 255 characters. */
    static String fileName(String raw) {
        var name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    /** The content's SHA-256 in hex, as files are identified here. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
