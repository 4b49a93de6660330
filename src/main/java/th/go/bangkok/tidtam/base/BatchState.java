package th.go.bangkok.tidtam.base;

/** Where a background batch (printing forms, importing exports) stands. */
public enum BatchState {
    RUNNING, DONE, CANCELLED, FAILED
}
