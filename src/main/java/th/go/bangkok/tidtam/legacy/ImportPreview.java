package th.go.bangkok.tidtam.legacy;

import java.util.List;

/**
 * What importing one export would do, before anything is stored: the project as read, the agency and plan nodes
 * it maps to in our trees, whether the project is new or already here, and every warning and error with its line.
 */
public record ImportPreview(String fileName, String checksum, String encoding, LegacyProject project, Long agencyId,
                            List<Long> planNodeIds, Status status, List<Finding> findings) {

    public enum Status {
        NEW, EXISTS
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }
}
