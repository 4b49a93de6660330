package th.go.bangkok.tidtam.progress;

/** An evidence file with its content, for download. */
public record EvidenceFile(String fileName, String mediaType, byte[] content) {
}
