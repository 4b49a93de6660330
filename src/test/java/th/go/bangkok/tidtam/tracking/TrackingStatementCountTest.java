package th.go.bangkok.tidtam.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;

/**
 * No N+1 on the dashboard: each figure costs a fixed number of SELECTs however many offices and projects there are.
 * The dashboard reads through JDBC, not Hibernate, so the server's own counter ({@code Com_select}) is read. Each
 * figure is measured as computed (the figures kept for every viewer are forgotten first; TrackingFiguresOnceTest
 * proves they are computed once).
 */
@IntegrationTest
class TrackingStatementCountTest {

    @Autowired
    th.go.bangkok.tidtam.StatementCounter counter;

    @Autowired
    TrackingService tracking;
    @Autowired
    TrackingFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_dashboard_figure_costs_the_same_statements_with_one_office_more() {
        fixture.create();
        var before = measure();
        fixture.create();
        fixture.create();
        var after = measure();
        assertThat(after).as("headline, rollup, overview, missing page, behind-plan page, dimensions, months").isEqualTo(before);
        assertThat(before[0]).as("headline: the year's first month, counts and money in one, stale requests")
                .isEqualTo(3);
        assertThat(before[1]).as("rollup: the year's first month, counts and money in one, the agency tree")
                .isLessThanOrEqualTo(3);
        assertThat(before[2]).as("overview: the rollup and the stale requests").isLessThanOrEqualTo(4);
        assertThat(before[3]).as("a page of not-reported: rows, agency names").isLessThanOrEqualTo(2);
        assertThat(before[4]).as("a page of behind plan: rows, agency names").isLessThanOrEqualTo(2);
        assertThat(before[5]).as("plan dimensions: the year's first month, one grouped query").isEqualTo(2);
        assertThat(before[6]).as("completeness October to March: one statement for all six months").isEqualTo(1);
    }

    private long[] measure() {
        return users.as(TestUsers.COORDINATOR, () -> new long[] {
                computed(() -> tracking.headline(TrackingFiguresTest.MARCH)),
                computed(() -> tracking.byAgency(TrackingFiguresTest.MARCH)),
                computed(() -> tracking.overview(TrackingFiguresTest.MARCH)),
                computed(() -> tracking.missing(TrackingFiguresTest.MARCH, null, PageRequest.of(0, 50))),
                computed(() -> tracking.concerns(TrackingFiguresTest.MARCH, Concern.BEHIND_PLAN, null, PageRequest.of(0, 50))),
                computed(() -> tracking.byDimension(TrackingFiguresTest.MARCH)),
                computed(() -> tracking.completenessByMonth(TrackingFiguresTest.MARCH))});
    }

    /** What computing the figure costs: the figures computed once for all viewers are forgotten first. */
    private long computed(java.util.function.Supplier<?> figure) {
        th.go.bangkok.tidtam.base.FigureCache.changed();
        return counter.selects(figure);
    }
}
