package th.go.bangkok.tidtam.base;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Dashboard figures computed once for all viewers (issue #17): the first viewer of a figure (say the tracking rollup
 * of FY 2569, March, all offices) computes it, everyone asking at the same time waits for that one computation, and
 * later viewers read it until a {@link FigureSource} entity is written (then the next viewer computes it afresh) or
 * a minute has passed (figures that depend on the clock, such as requests waiting over 14 days).
 *
 * <p>Dashboards ({@link #dashboard}) may lag behind a write by {@code tidtam.figures.dashboard-lag} (10 s): at
 * month's end reports are filed every second, and a rollup recomputed for each of them would be recomputed for
 * nearly every viewer. A figure computed less than that long ago is still shown after a write; an older one is
 * computed afresh. So a report shows in the dashboards within seconds, and each figure is computed at most once in
 * that time, however many reports come in. Other figures ({@link #get}, such as a list's count that its grid pages
 * by) follow every write at once.
 *
 * <p>The key must hold everything the figure depends on besides the data: period, scope, filter. Access is checked
 * by the service before it asks. One node: another node's writes reach it within the minute (issue #21).
 */
@Component
public class FigureCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 1_000;
    /** Bumped on every write of a figure source, in every transaction, and again when it ends. */
    private static final AtomicLong VERSION = new AtomicLong();

    private record Entry(long version, Instant at, CompletableFuture<Object> value) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration dashboardLag;

    @org.springframework.beans.factory.annotation.Autowired
    FigureCache(Clock clock, @org.springframework.beans.factory.annotation.Value("${tidtam.figures.dashboard-lag:10s}")
                Duration dashboardLag) {
        this.clock = clock;
        this.dashboardLag = dashboardLag;
    }

    FigureCache(Clock clock) {
        this(clock, Duration.ZERO);
    }

    /** A figure that follows every write of a figure source at once. */
    public <T> T get(Object key, Supplier<T> compute) {
        return get(key, Duration.ZERO, compute);
    }

    /** A dashboard figure: it may lag behind writes by the configured few seconds (see the class comment). */
    public <T> T dashboard(Object key, Supplier<T> compute) {
        return get(key, dashboardLag, compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T get(Object key, Duration mayLag, Supplier<T> compute) {
        if (PendingChange.pending(FigureCache.class)) {
            return compute.get(); // this transaction wrote figure sources: its figures are its own
        }
        long version = VERSION.get();
        var now = clock.instant();
        var mine = new Entry(version, now, new CompletableFuture<>());
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        var entry = entries.compute(key, (k, old) -> old != null && !old.value().isCompletedExceptionally()
                && younger(old.at(), now, old.version() == version ? MAX_AGE : mayLag) ? old : mine);
        if (entry == mine) {
            try {
                mine.value().complete(compute.get());
            } catch (RuntimeException | Error e) {
                entries.remove(key, mine);
                mine.value().completeExceptionally(e);
                throw e;
            }
        }
        try {
            return (T) entry.value().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Computed less than {@code limit} ago (a figure from a clock that has since been set back counts as old). */
    private static boolean younger(Instant at, Instant now, Duration limit) {
        var age = Duration.between(at, now);
        return !age.isNegative() && age.compareTo(limit) < 0;
    }

    /** Every figure is computed again by its next viewer (bulk loads, tests of the computation itself). */
    public static void changed() {
        PendingChange.mark(FigureCache.class, VERSION::incrementAndGet);
    }

    /** Listens to every entity (see {@link AbstractEntity}); only figure sources count. */
    public static class Writes {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object entity) {
            if (entity instanceof FigureSource) {
                changed();
            }
        }
    }
}
