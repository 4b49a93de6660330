package th.go.bangkok.tidtam.legacy;

import java.util.List;

/** What storing one export did: the project it made (or found unchanged), and the warnings it gave. */
public record ImportOutcome(String fileName, String projectCode, Result result, List<Finding> warnings) {

    public enum Result {
        IMPORTED, UNCHANGED
    }
}
