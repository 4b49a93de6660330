package th.go.bangkok.tidtam.base.ui;

import java.util.function.Consumer;

/**
 * Runs a service call from a view. An expected refusal (a rule, a validation, a denial, a concurrent edit)
 * is told to the user and returns false, so a dialog can stay open with the user's input; anything else
 * goes on to the error handler with its reference number.
 */
public final class UiActions {

    private UiActions() {
    }

    public static boolean attempt(Runnable action) {
        return attempt(action, Notifications::error);
    }

    public static boolean attempt(Runnable action, Consumer<String> showProblem) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            var message = UiErrors.messageFor(e);
            if (message.isEmpty()) {
                throw e;
            }
            showProblem.accept(message.get());
            return false;
        }
    }
}
