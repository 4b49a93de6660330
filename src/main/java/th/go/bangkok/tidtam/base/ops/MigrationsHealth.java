package th.go.bangkok.tidtam.base.ops;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness ({@code migrations}): the database holds at least the changesets it held when Liquibase had brought it
 * up to this node's changelog at start. Fewer means the database was swapped for an older one (a restore from a
 * backup, say) under a running node, whose code then expects tables and columns that are not there.
 */
@Component("migrationsHealthIndicator")
class MigrationsHealth implements HealthIndicator {

    private static final String COUNT = "SELECT COUNT(*) FROM DATABASECHANGELOG";

    private final JdbcTemplate jdbc;
    private final long appliedAtStart;

    /** Built after Liquibase has run: Spring builds the {@link SpringLiquibase} bean, which migrates, first. */
    MigrationsHealth(JdbcTemplate jdbc, SpringLiquibase liquibase) {
        this.jdbc = jdbc;
        this.appliedAtStart = count();
    }

    @Override
    public Health health() {
        long applied = count();
        return (applied >= appliedAtStart ? Health.up() : Health.down())
                .withDetail("changesets", applied).build();
    }

    private long count() {
        Long count = jdbc.queryForObject(COUNT, Long.class);
        return count == null ? 0 : count;
    }
}
