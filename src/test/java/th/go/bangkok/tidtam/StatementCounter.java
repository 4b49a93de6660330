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
        long start = comSelect();
        work.get();
        return comSelect() - start;
    }

    private long comSelect() {
        return jdbc.queryForObject("show global status like 'Com_select'", (rs, i) -> rs.getLong(2));
    }
}
