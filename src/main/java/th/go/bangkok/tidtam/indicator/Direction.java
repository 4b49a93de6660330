package th.go.bangkok.tidtam.indicator;

/** Whether a higher result is better (people served) or a lower one (complaints, days taken). */
public enum Direction {
    HIGHER, LOWER;

    public String messageKey() {
        return "indicator.direction." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
