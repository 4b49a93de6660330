package th.go.bangkok.tidtam.report;

/** A printed form: its file name (the project code), the PDF, and the verification reference it carries. */
public record FormDocument(String fileName, byte[] pdf, String reference) {
}
