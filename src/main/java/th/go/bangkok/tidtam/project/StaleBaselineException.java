package th.go.bangkok.tidtam.project;

import java.util.List;
import th.go.bangkok.tidtam.base.BusinessRuleException;

/**
 * A change request's fields changed on the project after it was submitted: approving it would overwrite a change
 * nobody looked at. Lists each field with its value when the request was submitted and its value now.
 */
public class StaleBaselineException extends BusinessRuleException {

    public record Moved(Baseline.Field field, String then, String now) {
    }

    private final transient List<Moved> moved;

    public StaleBaselineException(List<Moved> moved) {
        super("change.stale", String.join("; ", moved.stream()
                .map(m -> m.field().name() + ": " + m.then().replace("\n", " ") + " → " + m.now().replace("\n", " "))
                .toList()));
        this.moved = moved;
    }

    public List<Moved> moved() {
        return moved;
    }
}
