package th.go.bangkok.tidtam.report;

/** Where a batch of printed forms stands. */
public enum BatchState {
    RUNNING, DONE, CANCELLED, FAILED
}
