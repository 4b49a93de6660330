package th.go.bangkok.tidtam.change;

/** A change request as saved: its id and the version the next edit must name. */
public record SavedChange(long id, long version) {
}
