package th.go.bangkok.tidtam.base.files;

/** An evidence file with its content, for download. */
public record EvidenceFile(String fileName, String mediaType, byte[] content) {
}
