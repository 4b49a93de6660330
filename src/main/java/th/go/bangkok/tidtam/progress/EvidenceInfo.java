package th.go.bangkok.tidtam.progress;

import java.time.Instant;

/** An evidence file as listed with its report: everything but the content. */
public record EvidenceInfo(long id, long reportId, String fileName, String mediaType, int sizeBytes, String sha256,
                           Instant uploadedAt, String uploadedBy) {
}
