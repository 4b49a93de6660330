package th.go.bangkok.tidtam.report;

import java.time.Instant;
import java.util.List;

/**
 * What /verify tells about a printout: the project, when and by whom it was printed, and whether it still matches
 * the live record; if not, the form's labels of the fields that changed since. {@code printedBy} is the person's name.
 */
public record Verification(String reference, String projectCode, String projectName, Instant printedAt,
                           String printedBy, List<String> changedFields) {

    public boolean matches() {
        return changedFields.isEmpty();
    }
}
