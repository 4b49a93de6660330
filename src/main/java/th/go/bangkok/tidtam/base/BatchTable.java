package th.go.bangkok.tidtam.base;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user's one background batch as a row that every node reads (docs/decisions/0025-several-nodes.md): a new batch
 * claims the row under a lock, the node that runs it keeps the row's {@code updated_at} fresh (its heartbeat), and a
 * running batch with no word for {@code tidtam.batches.stale-after} is taken as failed, its node gone. The table has
 * the columns {@code username} (its key), {@code id}, {@code node}, {@code state}, {@code done}, {@code total},
 * {@code started_at} and {@code updated_at}, instants as epoch milliseconds; what else a batch keeps is its own.
 */
public final class BatchTable {

    /** The batch's row as its owner sees it: a running batch whose node went away has failed. */
    public record Row(String id, BatchState state, int done, int total) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ThisNode node;
    private final Duration staleAfter;
    private final String table;
    private final String resetOnClaim;
    private final String runningKey;

    /**
     * @param resetOnClaim the assignment that resets the table's own columns for a new batch ({@code zip_parts = 0})
     * @param runningKey   the message refusing a new batch while the last one runs
     */
    public BatchTable(JdbcTemplate jdbc, Clock clock, ThisNode node, Duration staleAfter, String table,
                      String resetOnClaim, String runningKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
        this.staleAfter = staleAfter;
        this.table = table;
        this.resetOnClaim = resetOnClaim;
        this.runningKey = runningKey;
    }

    /**
     * In the caller's transaction: the user's row, locked (a first batch inserts it), becomes the batch {@code id} on
     * this node unless the last one still runs; two nodes starting at once for one user: the second waits for the
     * lock and is refused. Returns the id of the batch it replaces, whose leftovers are the caller's to delete.
     */
    public Optional<String> claim(String username, String id, int total) {
        long now = clock.millis();
        jdbc.update("INSERT IGNORE INTO " + table + " (username, id, node, state, done, total, started_at, updated_at) "
                + "VALUES (?, ?, ?, 'FAILED', 0, 0, ?, ?)", username, id, node.name(), now, now);
        var previous = jdbc.queryForObject("SELECT id, state, updated_at FROM " + table + " WHERE username = ? FOR UPDATE",
                (rs, i) -> new Claimed(rs.getString(1), BatchState.valueOf(rs.getString(2)), rs.getLong(3)), username);
        if (previous.state == BatchState.RUNNING && !stale(previous.updatedAt)) {
            throw new BusinessRuleException(runningKey);
        }
        jdbc.update("UPDATE " + table + " SET id = ?, node = ?, state = 'RUNNING', " + resetOnClaim + ", done = 0, "
                + "total = ?, started_at = ?, updated_at = ? WHERE username = ?", id, node.name(), total, now, now,
                username);
        return previous.id.equals(id) ? Optional.empty() : Optional.of(previous.id);
    }

    private record Claimed(String id, BatchState state, long updatedAt) {
    }

    /** The user's last batch, if they have had one. */
    public Optional<Row> current(String username) {
        return jdbc.query("SELECT id, done, total, state, updated_at FROM " + table + " WHERE username = ?",
                (rs, i) -> {
                    var state = BatchState.valueOf(rs.getString(4));
                    if (state == BatchState.RUNNING && stale(rs.getLong(5))) {
                        state = BatchState.FAILED;
                    }
                    return new Row(rs.getString(1), state, rs.getInt(2), rs.getInt(3));
                }, username).stream().findFirst();
    }

    /** The heartbeat of a batch this node runs; false once its row no longer runs (cancelled, or replaced). */
    public boolean beat(String id) {
        return jdbc.update("UPDATE " + table + " SET updated_at = ? WHERE id = ? AND state = 'RUNNING'",
                clock.millis(), id) > 0;
    }

    /** The heartbeat with the count done so far, for a batch that counts in memory. */
    public boolean beat(String id, int done) {
        return jdbc.update("UPDATE " + table + " SET done = ?, updated_at = ? WHERE id = ? AND state = 'RUNNING'",
                done, clock.millis(), id) > 0;
    }

    /** No word from the node running it for too long: that node stopped. */
    private boolean stale(long updatedAt) {
        return clock.millis() - updatedAt > staleAfter.toMillis();
    }
}
