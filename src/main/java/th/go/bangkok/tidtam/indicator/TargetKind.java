package th.go.bangkok.tidtam.indicator;

/** What an indicator's yearly target measures: a number, a percentage (0–100), or something done by a date. */
public enum TargetKind {
    NUMBER, PERCENT, MILESTONE;

    public boolean numeric() {
        return this != MILESTONE;
    }

    public String messageKey() {
        return "indicator.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
