package th.go.bangkok.tidtam.legacy;

import java.util.List;

/**
 * What importing one export would do, before anything is stored: the project as read, the agency and plan nodes
 * it maps to in our trees (or the agencies an administrator chose to add), whether the project is new, already
 * here unchanged, or here from an older export (then what would change), and every warning and error with its
 * line.
 */
public record ImportPreview(String fileName, String checksum, String encoding, LegacyProject project, Long agencyId,
                            String agencyPath, List<String> agenciesToAdd, List<Long> planNodeIds, Status status,
                            List<Change> changes, List<Finding> findings) {

    public enum Status {
        /** Not here yet: storing makes the project. */
        NEW,
        /** Imported before from this very content: storing does nothing. */
        UNCHANGED,
        /** Imported before from an older export: storing applies {@link #changes}. */
        UPDATE,
        /** A project with this code was registered here, not imported: a file does not overwrite it (an error). */
        REGISTERED_HERE
    }

    /** One difference a newer export makes: the field's label key, the value stored, the file's value. */
    public record Change(String field, String before, String after) {
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
    }
}
