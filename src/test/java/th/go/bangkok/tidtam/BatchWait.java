package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import th.go.bangkok.tidtam.base.BatchState;

/** Polls a background batch (forms, imports) until it reaches a state; on the way it may only be running. */
public final class BatchWait {

    private BatchWait() {
    }

    public static <S> S until(Supplier<S> status, Function<S, BatchState> state, BatchState wanted,
                              Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var current = status.get();
            if (state.apply(current) == wanted) {
                return current;
            }
            assertThat(state.apply(current)).as("state while waiting for " + wanted).isIn(BatchState.RUNNING, wanted);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("batch did not reach " + wanted);
    }
}
