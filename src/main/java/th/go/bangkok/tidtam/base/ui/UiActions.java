package th.go.bangkok.tidtam.base.ui;

import java.util.function.Consumer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;

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

    /**
     * Like {@link #attempt(Runnable)}, but a save that lost the race against someone else's goes to
     * {@code onConflict} (which shows a {@link ConflictDialog}) instead of a plain message.
     */
    public static boolean attemptSave(Runnable action, Runnable onConflict) {
        return attemptSave(action, Notifications::error, onConflict);
    }

    /** Like {@link #attemptSave(Runnable, Runnable)}, with other problems shown by {@code showProblem}. */
    public static boolean attemptSave(Runnable action, Consumer<String> showProblem, Runnable onConflict) {
        try {
            return attempt(action, showProblem, true);
        } catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException e) {
            onConflict.run();
            return false;
        }
    }

    public static boolean attempt(Runnable action, Consumer<String> showProblem) {
        return attempt(action, showProblem, false);
    }

    private static boolean attempt(Runnable action, Consumer<String> showProblem, boolean passConflicts) {
        try {
            action.run();
            return true;
        } catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException e) {
            if (passConflicts) {
                throw e;
            }
            showProblem.accept(UiErrors.messageFor(e).orElseThrow());
            return false;
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
