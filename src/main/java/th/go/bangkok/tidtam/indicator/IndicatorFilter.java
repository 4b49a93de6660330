package th.go.bangkok.tidtam.indicator;

/** The filters of /indicators: a dimension, an owning agency (and the units below it), a status; null for all. */
public record IndicatorFilter(Long dimensionId, Long agencyId, IndicatorStatus status) {

    public static IndicatorFilter none() {
        return new IndicatorFilter(null, null, null);
    }
}
