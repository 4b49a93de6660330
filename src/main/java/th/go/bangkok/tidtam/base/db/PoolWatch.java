package th.go.bangkok.tidtam.base.db;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How the connection pool copes (issue #17): every 30 seconds, how many connections were taken, how many had to
 * wait for one (over 100 ms) and for how long at most, and how many gave up (the pool's connection time-out). Logged
 * under {@code tidtam.pool}: at INFO when someone waited or gave up, else at DEBUG (the load benchmark turns that on).
 * The same figures go on to Hikari's own meters ({@code hikaricp_connections_*}, issue #21), which Spring Boot
 * would have set up itself had this watch not taken the pool's one tracker slot.
 */
@Component
public class PoolWatch implements BeanPostProcessor, MetricsTrackerFactory {

    static final long SLOW_WAIT_MS = 100;
    private static final Logger log = LoggerFactory.getLogger("tidtam.pool");

    /** The figures of one period; replaced whole when it is logged. */
    public static final class Figures {
        final AtomicLong taken = new AtomicLong();
        final AtomicLong waited = new AtomicLong();
        final AtomicLong longestWaitNanos = new AtomicLong();
        final AtomicLong timeouts = new AtomicLong();

        public long taken() {
            return taken.get();
        }

        public long waited() {
            return waited.get();
        }

        public long longestWaitMillis() {
            return TimeUnit.NANOSECONDS.toMillis(longestWaitNanos.get());
        }

        public long timeouts() {
            return timeouts.get();
        }
    }

    private final AtomicReference<Figures> current = new AtomicReference<>(new Figures());
    private final AtomicLong timeoutsEver = new AtomicLong();
    private volatile PoolStats stats;
    private final ObjectProvider<MeterRegistry> registry;

    PoolWatch(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getMetricsTrackerFactory() == null) {
            pool.setMetricsTrackerFactory(this);
        }
        return bean;
    }

    @Override
    public IMetricsTracker create(String poolName, PoolStats poolStats) {
        this.stats = poolStats;
        var meters = registry.getIfAvailable();
        IMetricsTracker hikari = meters == null ? new IMetricsTracker() { }
                : new MicrometerMetricsTrackerFactory(meters).create(poolName, poolStats);
        return new IMetricsTracker() {
            @Override
            public void recordConnectionCreatedMillis(long connectionCreatedMillis) {
                hikari.recordConnectionCreatedMillis(connectionCreatedMillis);
            }

            @Override
            public void recordConnectionUsageMillis(long elapsedBorrowedMillis) {
                hikari.recordConnectionUsageMillis(elapsedBorrowedMillis);
            }

            @Override
            public void close() {
                hikari.close();
            }

            @Override
            public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
                hikari.recordConnectionAcquiredNanos(elapsedAcquiredNanos);
                var figures = current.get();
                figures.taken.incrementAndGet();
                if (elapsedAcquiredNanos > TimeUnit.MILLISECONDS.toNanos(SLOW_WAIT_MS)) {
                    figures.waited.incrementAndGet();
                }
                figures.longestWaitNanos.accumulateAndGet(elapsedAcquiredNanos, Math::max);
            }

            @Override
            public void recordConnectionTimeout() {
                hikari.recordConnectionTimeout();
                current.get().timeouts.incrementAndGet();
                timeoutsEver.incrementAndGet();
            }
        };
    }

    /** The figures since the last report (a test's own view of the pool). */
    public Figures sinceLastReport() {
        return current.get();
    }

    /** Connection time-outs since the application started. */
    public long timeoutsSinceStart() {
        return timeoutsEver.get();
    }

    /** Writes the line every 30 seconds (a bean of its own: a post-processor's methods are not scheduled). */
    @Component
    static class Report {

        private final PoolWatch watch;

        Report(PoolWatch watch) {
            this.watch = watch;
        }

        @Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
        void report() {
            watch.report();
        }
    }

    void report() {
        var figures = current.getAndSet(new Figures());
        if (figures.taken() == 0 && figures.timeouts() == 0) {
            return;
        }
        var pool = stats;
        var line = "pool: %d connections taken in 30 s, %d waited over %d ms (longest %d ms), %d time-outs; now %s"
                .formatted(figures.taken(), figures.waited(), SLOW_WAIT_MS, figures.longestWaitMillis(),
                        figures.timeouts(), pool == null ? "-" : "%d active of %d, %d waiting".formatted(
                                pool.getActiveConnections(), pool.getTotalConnections(), pool.getPendingThreads()));
        if (figures.waited() > 0 || figures.timeouts() > 0) {
            log.info(line);
        } else {
            log.debug(line);
        }
    }
}
