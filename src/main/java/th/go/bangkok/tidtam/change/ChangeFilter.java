package th.go.bangkok.tidtam.change;

/** Filters of the decided list on /approvals: an outcome (all decided ones when null) and a kind. */
public record ChangeFilter(ChangeStatus status, ChangeKind kind) {

    public static ChangeFilter none() {
        return new ChangeFilter(null, null);
    }
}
