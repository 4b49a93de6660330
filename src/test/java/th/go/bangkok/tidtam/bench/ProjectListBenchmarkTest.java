package th.go.bangkok.tidtam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.project.ProjectFilter;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;

/**
 * The project list at scale: generates N projects (default 100,000), then prints the SQL time of the first page
 * and of the count for each single filter, as a coordinator sees them. It prints figures; it does not judge
 * them (timing assertions would fail on a busy machine). Run with: ./mvnw test -Pbenchmark
 */
@Tag("benchmark")
@IntegrationTest
class ProjectListBenchmarkTest {

    private static final int RUNS = 15;

    @Autowired
    ProjectDataGenerator generator;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${tidtam.bench.projects:100000}")
    int size;

    /**
     * With -Dtidtam.bench.data-dir=/path/to/data/mariadb the projects go into that database (the application
     * stopped), e.g. to try the screens at 100,000 projects; without it, into a throw-away one.
     */
    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        ProjectDataGenerator.dataDir(registry);
    }

    @Test
    void prints_the_sql_time_of_the_first_page_and_the_count_for_each_filter() {
        generator.ensure(size);
        long total = jdbc.queryForObject("select count(*) from project", Long.class);
        assertThat(total).isGreaterThanOrEqualTo(size);
        long office = jdbc.queryForObject("select min(id) from agency where code like '6%'", Long.class);
        long unit = jdbc.queryForObject("select min(id) from agency where parent_id = ?", Long.class, office);
        long dimension = jdbc.queryForObject("select id from plan_node where level = 'DIMENSION' and code = '7'", Long.class);
        var filters = new LinkedHashMap<String, ProjectFilter>();
        filters.put("none", ProjectFilter.none());
        filters.put("fiscal year 2569", new ProjectFilter(2569, null, null, null, null, null));
        filters.put("office", new ProjectFilter(null, office, null, null, null, null));
        filters.put("division", new ProjectFilter(null, office, unit, null, null, null));
        filters.put("plan dimension 7", new ProjectFilter(null, null, null, dimension, null, null));
        filters.put("status DRAFT", new ProjectFilter(null, null, null, null, ProjectStatus.DRAFT, null));
        filters.put("text 'คลอง'", new ProjectFilter(null, null, null, null, null, "คลอง"));
        filters.put("text code '60010000-01'", new ProjectFilter(null, null, null, null, null, "60010000-01"));
        filters.put("text rare 'รุ่นที่ 99999'", new ProjectFilter(null, null, null, null, null, "รุ่นที่ 99999"));
        filters.put("text long 'โครงการพัฒนา'", new ProjectFilter(null, null, null, null, null, "โครงการพัฒนา"));

        users.signIn(TestUsers.COORDINATOR);
        var report = new StringBuilder("%nProject list, %,d projects, median of %d runs (service call, ms)%n"
                .formatted(total, RUNS));
        report.append("%-26s %10s %10s %10s%n".formatted("filter", "page (ms)", "count (ms)", "matches"));
        filters.forEach((name, filter) -> {
            double page = median(() -> projects.find(filter, PageRequest.of(0, 50)));
            double count = median(() -> projects.count(filter));
            report.append("%-26s %10.1f %10.1f %,10d%n".formatted(name, page, count, projects.count(filter)));
        });
        System.out.println(report);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    /** Median wall time of the service call: the SQL plus the mapping of at most 50 rows. */
    private double median(Supplier<?> work) {
        var times = new ArrayList<Double>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1_000_000.0);
        }
        var sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
