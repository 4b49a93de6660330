package th.go.bangkok.tidtam;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many SQL statements a piece of work costs, for the "no N+1" tests: the statements Hibernate prepared, or the
 * SELECTs the server counted (which include the ones sent through JDBC; reading the counter is a SHOW, not a
 * SELECT, so the difference is the work's alone).
 */
@Component
public class StatementCounter {

    private final EntityManagerFactory emf;
    private final JdbcTemplate jdbc;

    StatementCounter(EntityManagerFactory emf, JdbcTemplate jdbc) {
        this.emf = emf;
        this.jdbc = jdbc;
    }

    public long prepared(Supplier<?> work) {
        var statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        work.get();
        return statistics.getPrepareStatementCount();
    }

    public long selects(Supplier<?> work) {
        return counted(work::get, "Com_select")[0];
    }

    /**
     * What the server counted while the work ran, for each of the given status counters ({@code Com_select},
     * {@code Com_set_option}, {@code Com_commit}, ...), in their order.
     */
    public long[] counted(Runnable work, String... counters) {
        var start = serverCounts(counters);
        work.run();
        var end = serverCounts(counters);
        var counted = new long[counters.length];
        for (int i = 0; i < counters.length; i++) {
            counted[i] = end[i] - start[i];
        }
        return counted;
    }

    private long[] serverCounts(String... counters) {
        var counts = new long[counters.length];
        for (int i = 0; i < counters.length; i++) {
            counts[i] = jdbc.queryForObject("show global status like ?", (rs, row) -> rs.getLong(2), counters[i]);
        }
        return counts;
    }
}
