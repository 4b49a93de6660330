package th.go.bangkok.tidtam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.tracking.Concern;
import th.go.bangkok.tidtam.tracking.TrackingPeriod;
import th.go.bangkok.tidtam.tracking.TrackingService;

/**
 * The tracking dashboard at scale: N projects (default 100,000) with twelve monthly reports each, then the
 * service time of the headline, the agency rollup, the not-reported and behind-plan lists' first page and count,
 * the plan-dimension figures and completeness by month, as a coordinator sees them. Prints figures, judges nothing. Run with: ./mvnw test -Pbenchmark
 */
@Tag("benchmark")
@IntegrationTest
class TrackingBenchmarkTest {

    private static final int RUNS = 11;

    @Autowired
    ProjectDataGenerator generator;
    @Autowired
    TrackingService tracking;
    @Autowired
    th.go.bangkok.tidtam.agency.AgencyService agencies;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${tidtam.bench.projects:100000}")
    int size;

    @org.springframework.test.context.DynamicPropertySource
    static void dataDir(org.springframework.test.context.DynamicPropertyRegistry registry) {
        ProjectDataGenerator.dataDir(registry);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void prints_the_time_of_the_rollup_and_of_the_not_reported_page() {
        generator.ensure(size);
        generator.ensureReports();
        long reports = jdbc.queryForObject("select count(*) from progress_report", Long.class);
        assertThat(reports).isGreaterThan(size);
        users.signIn(TestUsers.COORDINATOR);
        var period = new TrackingPeriod(2569, YearMonth.of(2026, 3));
        var headline = tracking.headline(period);
        var report = new StringBuilder("%nTracking, %,d projects, %,d reports, FY 2569 March: %,d expected, %,d missing;"
                .formatted(jdbc.queryForObject("select count(*) from project", Long.class), reports,
                        headline.activeProjects(), headline.missing()));
        report.append(" median of %d runs (service call, ms)%n".formatted(RUNS));
        report.append("%-32s %10.1f%n".formatted("agency tree (%d agencies)".formatted(agencies.all().size()),
                median(() -> agencies.all())));
        report.append("%-32s %10.1f%n".formatted("headline", median(() -> tracking.headline(period))));
        report.append("%-32s %10.1f%n".formatted("agency rollup (tree)", median(() -> tracking.byAgency(period))));
        report.append("%-32s %10.1f%n".formatted("overview (headline + rollup)", median(() -> tracking.overview(period))));
        report.append("%-32s %10.1f%n".formatted("not reported, first page of 50",
                median(() -> tracking.missing(period, null, PageRequest.of(0, 50)))));
        report.append("%-32s %10.1f%n".formatted("not reported, count", median(() -> tracking.countMissing(period, null))));
        report.append("%-32s %10.1f%n".formatted("behind plan, first page of 50",
                median(() -> tracking.concerns(period, Concern.BEHIND_PLAN, null, PageRequest.of(0, 50)))));
        report.append("%-32s %10.1f%n".formatted("behind plan, count",
                median(() -> tracking.countConcerns(period, Concern.BEHIND_PLAN, null))));
        report.append("%-32s %10.1f%n".formatted("by plan dimension", median(() -> tracking.byDimension(period))));
        report.append("%-32s %10.1f%n".formatted("completeness by month (6)",
                median(() -> tracking.completenessByMonth(period))));
        tracking.overview(period);
        report.append("%-32s %10.3f%n".formatted("overview, computed once: a read", cached(() -> tracking.overview(period))));
        System.out.println(report);
        assertThat(headline.activeProjects()).isPositive();
    }

    /** The computation each time: every run starts with the figures forgotten (FigureCache). */
    private double median(Supplier<?> work) {
        return median(work, true);
    }

    /** What every later viewer pays: the figure as computed once. */
    private double cached(Supplier<?> work) {
        return median(work, false);
    }

    private double median(Supplier<?> work, boolean forget) {
        var times = new ArrayList<Double>();
        for (int i = 0; i < RUNS; i++) {
            if (forget) {
                th.go.bangkok.tidtam.base.FigureCache.changed();
            }
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1_000_000.0);
        }
        var sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
