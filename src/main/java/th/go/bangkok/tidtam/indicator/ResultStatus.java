package th.go.bangkok.tidtam.indicator;

/** Where a quarter's result stands in its review. */
public enum ResultStatus {
    SUBMITTED, ACCEPTED, RETURNED;

    public String messageKey() {
        return "indicator.result.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
