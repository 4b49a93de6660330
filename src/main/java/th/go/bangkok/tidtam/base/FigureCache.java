package th.go.bangkok.tidtam.base;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
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
 * by) follow every write at once: of every figure source, or only of the kinds named (a list of projects does not
 * change when a report is filed, and at month's end reports are filed every second).
 * {@link #changed()} (a reminder sent, a bulk load) reaches every figure at once, dashboards too.
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
    /** The same, per kind of figure source (the entity's class). */
    private static final Map<Class<?>, AtomicLong> KIND_VERSIONS = new ConcurrentHashMap<>();
    /** Bumped by {@link #changed()}: every figure, dashboards too, is computed afresh by its next viewer. */
    private static final AtomicLong FORCED = new AtomicLong();

    private record Entry(long version, long forced, Instant at, CompletableFuture<Object> value) {
    }

    /** Marks a transaction that wrote figure sources of one kind (one reset when it ends, however many rows). */
    private record Written(Class<?> kind) {
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
        return get(key, null, Duration.ZERO, compute);
    }

    /**
     * A figure that follows at once the writes of the kinds of figure source it is computed from (and
     * {@link #changed()}), and no others. Subclasses of a kind count as it.
     */
    public <T> T get(Object key, Set<Class<? extends FigureSource>> sources, Supplier<T> compute) {
        return get(key, Set.copyOf(sources), Duration.ZERO, compute);
    }

    /** A dashboard figure: it may lag behind writes by the configured few seconds (see the class comment). */
    public <T> T dashboard(Object key, Supplier<T> compute) {
        return get(key, null, dashboardLag, compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T get(Object key, Set<Class<? extends FigureSource>> sources, Duration mayLag, Supplier<T> compute) {
        if (PendingChange.pending(FigureCache.class)) {
            return compute.get(); // this transaction wrote figure sources: its figures are its own
        }
        long forced = FORCED.get();
        long version = sources == null ? VERSION.get() : version(sources);
        var now = clock.instant();
        var mine = new Entry(version, forced, now, new CompletableFuture<>());
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        var entry = entries.compute(key, (k, old) -> old != null && !old.value().isCompletedExceptionally()
                && old.forced() == forced
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

    /**
     * Whether a figure computed at {@code at} may still be shown at {@code now} to a viewer whose data has not been
     * written since: less than {@link #MAX_AGE} old (another node's writes reach this one within it, issue #21).
     */
    public static boolean recent(Instant at, Instant now) {
        return younger(at, now, MAX_AGE);
    }

    /** Computed less than {@code limit} ago (a figure from a clock that has since been set back counts as old). */
    private static boolean younger(Instant at, Instant now, Duration limit) {
        var age = Duration.between(at, now);
        return !age.isNegative() && age.compareTo(limit) < 0;
    }

    /** The writes so far of these kinds of figure source, summed (each count only grows, so the sum changes with any). */
    private static long version(Set<Class<? extends FigureSource>> sources) {
        long sum = 0;
        for (var written : KIND_VERSIONS.entrySet()) {
            for (var source : sources) {
                if (source.isAssignableFrom(written.getKey())) {
                    sum += written.getValue().get();
                    break;
                }
            }
        }
        return sum;
    }

    /**
     * Every figure, dashboards too, is computed again by its next viewer (a reminder sent, bulk loads, tests of the
     * computation itself).
     */
    public static void changed() {
        PendingChange.mark(FigureCache.class, VERSION::incrementAndGet);
        PendingChange.mark(FORCED, FORCED::incrementAndGet);
    }

    /** How many times {@link #changed()} was called: figures kept elsewhere from before a change are computed again. */
    public static long changes() {
        return FORCED.get();
    }

    /** A figure source of this kind was written: the figures computed from it are computed again by their next viewer. */
    static void sourceWritten(Class<?> kind) {
        PendingChange.mark(FigureCache.class, VERSION::incrementAndGet);
        var version = KIND_VERSIONS.computeIfAbsent(kind, k -> new AtomicLong());
        PendingChange.mark(new Written(kind), version::incrementAndGet);
    }

    /** Listens to every entity (see {@link AbstractEntity}); only figure sources count. */
    public static class Writes {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object entity) {
            if (entity instanceof FigureSource) {
                sourceWritten(entity.getClass());
            }
        }
    }
}
