package th.go.bangkok.tidtam.legacy;

import java.util.List;

/**
 * What storing one export did: the project it made, updated or found unchanged (or why it failed, in a batch),
 * and the warnings it gave.
 */
public record ImportOutcome(String fileName, String projectCode, Result result, List<Finding> warnings, String reason) {

    public enum Result {
        IMPORTED, UPDATED, UNCHANGED, FAILED
    }

    static ImportOutcome failed(String fileName, String projectCode, String reason) {
        return new ImportOutcome(fileName, projectCode, Result.FAILED, List.of(), reason);
    }
}
