package th.go.bangkok.tidtam.progress;

/**
 * What submitting a report led to: whether it was late, and whether it reports 100 %, in which case the screen
 * asks the officer whether to close the project (closing stays their decision, through the project service).
 */
public record SubmitResult(boolean late, boolean complete) {
}
