package th.go.bangkok.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Figures computed once: kept until a figure source is written or a minute has passed; a failure is not kept. */
class FigureCacheTest {

    private final th.go.bangkok.tidtam.TestClock clock = new th.go.bangkok.tidtam.TestClock();
    private final FigureCache cache = new FigureCache(clock);

    private final AtomicInteger computed = new AtomicInteger();

    {
        clock.set(Instant.parse("2026-03-20T03:00:00Z"));
    }

    private Integer figure() {
        return computed.incrementAndGet();
    }

    @Test
    void a_figure_is_kept_until_a_source_changes_or_a_minute_passes() {
        assertThat(cache.get("rollup", this::figure)).isEqualTo(1);
        assertThat(cache.get("rollup", this::figure)).as("read, not computed").isEqualTo(1);
        assertThat(cache.get("months", this::figure)).as("another key, another figure").isEqualTo(2);

        FigureCache.changed();
        assertThat(cache.get("rollup", this::figure)).as("a report was filed").isEqualTo(3);

        clock.set(clock.instant().plus(Duration.ofSeconds(59)));
        assertThat(cache.get("rollup", this::figure)).isEqualTo(3);
        clock.set(clock.instant().plus(Duration.ofSeconds(2)));
        assertThat(cache.get("rollup", this::figure)).as("older than a minute").isEqualTo(4);
    }

    @Test
    void a_dashboard_figure_lags_behind_writes_by_at_most_the_configured_time_and_is_computed_once_in_it() {
        var dashboards = new FigureCache(clock, Duration.ofSeconds(10));
        assertThat(dashboards.dashboard("rollup", this::figure)).isEqualTo(1);
        clock.set(clock.instant().plus(Duration.ofSeconds(4)));
        FigureCache.changed();
        assertThat(dashboards.dashboard("rollup", this::figure)).as("4 s old: still shown after a write").isEqualTo(1);
        FigureCache.changed();
        assertThat(dashboards.dashboard("rollup", this::figure)).as("many writes, no computation").isEqualTo(1);
        assertThat(dashboards.get("count", this::figure)).as("other figures follow writes at once").isEqualTo(2);
        FigureCache.changed();
        assertThat(dashboards.get("count", this::figure)).isEqualTo(3);
        clock.set(clock.instant().plus(Duration.ofSeconds(7)));
        assertThat(dashboards.dashboard("rollup", this::figure)).as("11 s old and written since: computed afresh")
                .isEqualTo(4);
        clock.set(clock.instant().plus(Duration.ofSeconds(30)));
        assertThat(dashboards.dashboard("rollup", this::figure)).as("no write since: kept up to the minute")
                .isEqualTo(4);
    }

    @Test
    void a_failed_computation_is_not_kept() {
        assertThatThrownBy(() -> cache.get("rollup", () -> {
            throw new IllegalStateException("the database is away");
        })).hasMessage("the database is away");
        assertThat(cache.get("rollup", this::figure)).isEqualTo(1);
    }
}
