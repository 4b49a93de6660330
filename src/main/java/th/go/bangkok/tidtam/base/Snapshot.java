package th.go.bangkok.tidtam.base;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reference data read whole (the agency tree, the 20-year plan: decision 0005) kept as one immutable list for the
 * whole application, so every view and session shares it instead of holding a copy. It is read again after a change
 * to it has committed ({@link #changed}); a reader that raced with a change answers with what it read and leaves
 * no stale copy behind (each snapshot remembers the generation it was read in).
 *
 * <p>Several nodes (issue #21, docs/decisions/0025-several-nodes.md): a change made on another node is not announced
 * here, so a snapshot is also read again once it is {@link #MAX_AGE} old (measured on the monotonic timer, not the
 * clock: only its age matters); another node's change shows within that.
 */
public final class Snapshot<T> {

    static final java.time.Duration MAX_AGE = java.time.Duration.ofSeconds(30);

    private record Held<T>(long generation, long readAt, List<T> items) {
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Held<T> held;

    /** The shared list, read with {@code load} when there is none of the current generation. */
    public List<T> get(Supplier<List<T>> load) {
        if (PendingChange.pending(this)) {
            // this transaction changed the data and has not committed: what it reads is its own, never shared
            return List.copyOf(load.get());
        }
        long current = generation.get();
        var h = held;
        if (h != null && h.generation() == current && System.nanoTime() - h.readAt() < MAX_AGE.toNanos()) {
            return h.items();
        }
        long readAt = System.nanoTime();
        var items = List.copyOf(load.get());
        held = new Held<>(current, readAt, items);
        return items;
    }

    /** The data changed in this transaction: the next reader after it ends reads afresh (also after a rollback). */
    public void changed() {
        PendingChange.mark(this, generation::incrementAndGet);
    }
}
