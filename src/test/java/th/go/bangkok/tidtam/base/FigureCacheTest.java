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
        FigureCache.sourceWritten(Report.class);
        assertThat(dashboards.dashboard("rollup", this::figure)).as("4 s old: still shown after a write").isEqualTo(1);
        FigureCache.sourceWritten(Report.class);
        assertThat(dashboards.dashboard("rollup", this::figure)).as("many writes, no computation").isEqualTo(1);
        assertThat(dashboards.get("count", this::figure)).as("other figures follow writes at once").isEqualTo(2);
        FigureCache.sourceWritten(Report.class);
        assertThat(dashboards.get("count", this::figure)).isEqualTo(3);
        clock.set(clock.instant().plus(Duration.ofSeconds(7)));
        assertThat(dashboards.dashboard("rollup", this::figure)).as("11 s old and written since: computed afresh")
                .isEqualTo(4);
        clock.set(clock.instant().plus(Duration.ofSeconds(30)));
        assertThat(dashboards.dashboard("rollup", this::figure)).as("no write since: kept up to the minute")
                .isEqualTo(4);
    }

    @Test
    void a_figure_computed_from_named_kinds_of_source_follows_their_writes_and_no_others() {
        var fromProjects = java.util.Set.<Class<? extends FigureSource>>of(Project.class);
        assertThat(cache.get("list count", fromProjects, this::figure)).isEqualTo(1);
        FigureCache.sourceWritten(Report.class);
        assertThat(cache.get("list count", fromProjects, this::figure)).as("a report was filed: not its source")
                .isEqualTo(1);
        assertThat(cache.get("rollup", this::figure)).as("a figure of every source").isEqualTo(2);
        FigureCache.sourceWritten(Report.class);
        assertThat(cache.get("rollup", this::figure)).as("follows the report at once").isEqualTo(3);
        FigureCache.sourceWritten(OfficeProject.class);
        assertThat(cache.get("list count", fromProjects, this::figure)).as("a kind of project was written")
                .isEqualTo(4);
        FigureCache.changed();
        assertThat(cache.get("list count", fromProjects, this::figure)).as("everything changed").isEqualTo(5);
    }

    @Test
    void a_change_of_everything_reaches_the_dashboards_at_once() {
        var dashboards = new FigureCache(clock, Duration.ofSeconds(10));
        assertThat(dashboards.dashboard("missing", this::figure)).isEqualTo(1);
        clock.set(clock.instant().plus(Duration.ofSeconds(1)));
        FigureCache.changed();
        assertThat(dashboards.dashboard("missing", this::figure)).as("a reminder was sent a second after")
                .isEqualTo(2);
    }

    private static class Report implements FigureSource {
    }

    private static class Project implements FigureSource {
    }

    private static class OfficeProject extends Project {
    }

    @Test
    void a_failed_computation_is_not_kept() {
        assertThatThrownBy(() -> cache.get("rollup", () -> {
            throw new IllegalStateException("the database is away");
        })).hasMessage("the database is away");
        assertThat(cache.get("rollup", this::figure)).isEqualTo(1);
    }
}
