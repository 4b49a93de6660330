package th.go.bangkok.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Slow work takes its turn: never more pieces at once than the limit, and every piece runs in the end. */
class SlowWorkTest {

    @Test
    void never_more_pieces_run_at_once_than_the_limit_and_every_piece_runs() throws Exception {
        var slowWork = new SlowWork(2);
        var now = new AtomicInteger();
        var most = new AtomicInteger();
        var done = new AtomicInteger();
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(6);
        try {
            var pieces = new ArrayList<Future<?>>();
            for (int i = 0; i < 6; i++) {
                pieces.add(pool.submit(() -> {
                    go.await();
                    slowWork.run(() -> {
                        most.accumulateAndGet(now.incrementAndGet(), Math::max);
                        sleep(50);
                        now.decrementAndGet();
                        done.incrementAndGet();
                    });
                    return null;
                }));
            }
            go.countDown();
            for (var piece : pieces) {
                piece.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).as("at most the limit at once").isEqualTo(2);
        assertThat(done.get()).isEqualTo(6);
        assertThat(slowWork.running()).as("every turn given back").isZero();
    }

    @Test
    void a_failing_piece_gives_its_turn_back() {
        var slowWork = new SlowWork(1);
        assertThatThrownBy(() -> slowWork.run(() -> {
            throw new IllegalStateException("broken");
        })).hasMessage("broken");
        assertThat(slowWork.running()).isZero();
        assertThat(slowWork.call(() -> "next")).isEqualTo("next");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
