package th.go.bangkok.tidtam.indicator;

/** An evidence file of a result, as the results table lists it (the content is fetched when clicked). */
public record EvidenceRef(long id, long resultId, String fileName) {
}
