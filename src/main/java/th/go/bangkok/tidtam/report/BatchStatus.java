package th.go.bangkok.tidtam.report;

import th.go.bangkok.tidtam.base.BatchState;

/** A batch as its owner follows it: forms done of the total, and its state. */
public record BatchStatus(String id, int done, int total, BatchState state) {

    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }
}
