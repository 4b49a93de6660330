package th.go.bangkok.tidtam.change;

/** An evidence file as listed with its request: everything but the content. */
public record ChangeEvidenceInfo(long id, long changeRequestId, String fileName, String mediaType, int sizeBytes,
                                 String sha256) {
}
