package th.go.bangkok.tidtam.bench;

import th.go.bangkok.tidtam.base.BatchState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.project.ProjectFilter;

import th.go.bangkok.tidtam.report.FormBatches;
import th.go.bangkok.tidtam.report.FormService;

/**
 * The printed form at scale: the median time of one form over 100 generated projects with twelve reports each,
 * and a batch of one office's projects of one fiscal year (the pair nearest 1,000 projects) on all cores. Prints figures, judges nothing.
 * Run with: ./mvnw test -Pbenchmark -Dtest=FormBenchmarkTest
 */
@Tag("benchmark")
@IntegrationTest
class FormBenchmarkTest {

    @Autowired
    ProjectDataGenerator generator;
    @Autowired
    FormService forms;
    @Autowired
    FormBatches batches;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${tidtam.bench.projects:100000}")
    int size;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void prints_the_time_of_one_form_and_of_a_batch() throws Exception {
        generator.ensure(size);
        generator.ensureReports();
        var codes = jdbc.queryForList("""
                select p.code from project p where (select count(*) from progress_report r where r.project_id = p.id) = 12
                order by p.id limit 100
                """, String.class);
        assertThat(codes).hasSize(100);
        users.signIn(TestUsers.COORDINATOR);
        for (int i = 0; i < 5; i++) {
            forms.print(codes.get(i));
        }
        var times = new ArrayList<Double>();
        long bytes = 0;
        for (var code : codes) {
            long start = System.nanoTime();
            bytes += forms.print(code).pdf().length;
            times.add((System.nanoTime() - start) / 1_000_000.0);
        }
        times.sort(null);
        var office = jdbc.queryForMap("""
                select office_id, fiscal_year, count(*) as n from project group by office_id, fiscal_year
                having count(*) <= 5000 order by abs(count(*) - 1000) limit 1
                """);
        var filter = new ProjectFilter(((Number) office.get("fiscal_year")).intValue(),
                ((Number) office.get("office_id")).longValue(), null, null, null, null);
        long start = System.nanoTime();
        var batch = batches.start(filter);
        while (batches.status(batch.id()).state() == BatchState.RUNNING) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var done = batches.status(batch.id());
        System.out.printf("%nForms: one form, median of 100 projects with 12 reports: %.1f ms (p90 %.1f ms, %,d bytes"
                        + " on average)%nBatch of %,d forms on %d cores: %.1f s (%.1f ms per form), %s%n",
                times.get(50), times.get(90), bytes / 100, done.total(), Runtime.getRuntime().availableProcessors(),
                seconds, seconds * 1000 / done.total(), done.state());
        assertThat(done.state()).isEqualTo(BatchState.DONE);
    }
}
