package th.go.bangkok.tidtam.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;

/**
 * Marks a constraint as a rule for what is filed in this portal (breakdowns add up, dates in order and in the
 * fiscal year, a responsible person named) rather than a limit of what can be stored. History imported from the
 * old system is kept as it was filed: such a rule's violation there is a warning with its line, not a refusal
 * (docs/decisions/0015).
 */
public interface NewDataRule extends Payload {

    static boolean marks(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getPayload().contains(NewDataRule.class);
    }
}
