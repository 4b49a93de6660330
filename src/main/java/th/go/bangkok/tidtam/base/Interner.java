package th.go.bangkok.tidtam.base;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One instance for equal immutable values that many sessions hold at once: the rows of a list everybody opens (at
 * month's end every coordinator's {@code /projects} shows the same first fifty projects) are then held once for the
 * whole application instead of once in every session's grid. Held weakly: a value no session holds any more is
 * collected, and nothing here outlives its readers. Only for values that never change (records of immutable
 * fields): equal means interchangeable. Decision 0018.
 */
public final class Interner<T> {

    private final Map<T, WeakReference<T>> held = new WeakHashMap<>();

    /** The instance already held that equals {@code value}, or {@code value} itself, now held for the next caller. */
    public synchronized T intern(T value) {
        var ref = held.get(value);
        var shared = ref == null ? null : ref.get();
        if (shared != null) {
            return shared;
        }
        held.put(value, new WeakReference<>(value));
        return value;
    }

    /** How many distinct values are held now (for tests). */
    public synchronized int size() {
        return held.size();
    }
}
