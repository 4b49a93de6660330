package th.go.bangkok.tidtam.api;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * So many requests a minute per token, counted in this node's memory in fixed one-minute windows. Behind the
 * balancer of several nodes (decision 0025) a token may get up to that many per node: the limit protects each node
 * from a runaway tool, it is not a quota (docs/decisions/0028).
 */
class ApiRateLimit {

    private static final long WINDOW_MILLIS = 60_000;
    /** Windows of tokens not seen for a while are dropped when the table grows past this. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Window> windows = new ConcurrentHashMap<>();

    ApiRateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one request of the token: 0 when it may go on, else the seconds until its next window opens. */
    long secondsToWait(long tokenId) {
        long now = clock.millis();
        long start = now - now % WINDOW_MILLIS;
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> w.start < start);
        }
        var window = windows.compute(tokenId, (id, w) -> w == null || w.start != start ? new Window(start, 1)
                : new Window(start, w.count + 1));
        if (window.count <= perMinute) {
            return 0;
        }
        return Math.max(1, (start + WINDOW_MILLIS - now + 999) / 1000);
    }

    private record Window(long start, int count) {
    }
}
