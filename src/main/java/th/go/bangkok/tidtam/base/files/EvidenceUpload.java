package th.go.bangkok.tidtam.base.files;

/** A file the officer attaches to a report, as the browser sent it; checked by the service, not trusted. */
public record EvidenceUpload(String fileName, byte[] content) {
}
