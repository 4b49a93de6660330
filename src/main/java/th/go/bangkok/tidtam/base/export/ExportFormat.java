package th.go.bangkok.tidtam.base.export;

/** The two downloads every list offers: Excel, and CSV in UTF-8 with a byte-order mark so Excel reads Thai. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public String fileName(String base) {
        return base + "." + extension;
    }
}
