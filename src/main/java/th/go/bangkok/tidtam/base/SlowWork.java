package th.go.bangkok.tidtam.base;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Work that holds a database connection for long: Excel and CSV exports, batches of printed forms, imports of the
 * old system's files, the daily digest. At most {@code tidtam.db.slow-work-connections} such pieces run at once, so
 * the rest of the connection pool is always there for page opens (issue #17, docs/decisions/0018); the others wait
 * their turn, in order. Each piece takes one connection at a time.
 */
@Component
public class SlowWork {

    private final int limit;
    private final Semaphore permits;

    public SlowWork(@Value("${tidtam.db.slow-work-connections:4}") int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("tidtam.db.slow-work-connections must be at least 1");
        }
        this.limit = limit;
        this.permits = new Semaphore(limit, true);
    }

    public <T> T call(Supplier<T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a turn of slow work", e);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** How many pieces may run at once. */
    public int limit() {
        return limit;
    }

    /** How many pieces run now. */
    public int running() {
        return limit - permits.availablePermits();
    }
}
