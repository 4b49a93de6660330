package th.go.bangkok.tidtam.demo;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The row in {@code demo_load} that says the demo loader is done with this database. It is written in the load's
 * own transaction, so it is there exactly when all the demo data is (docs/decisions/0024).
 */
@Component
class DemoLoadMarker {

    static final String LOADED = "loaded";
    static final String EXISTING = "existing";

    private final JdbcTemplate jdbc;

    DemoLoadMarker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome recorded, if the loader is done: {@value #LOADED} or {@value #EXISTING}. */
    Optional<String> outcome() {
        return jdbc.queryForList("SELECT outcome FROM demo_load WHERE id = 1", String.class).stream().findFirst();
    }

    /**
     * Claims the load: a second node starting on the same database at the same moment waits on this row and then
     * fails its start (duplicate key) instead of loading the data twice; its next start finds the load done.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void claim() {
        jdbc.update("INSERT INTO demo_load (id, outcome, finished_at) VALUES (1, 'loading', UTC_TIMESTAMP(6))");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void finish(String outcome) {
        jdbc.update("UPDATE demo_load SET outcome = ?, finished_at = UTC_TIMESTAMP(6) WHERE id = 1", outcome);
    }
}
