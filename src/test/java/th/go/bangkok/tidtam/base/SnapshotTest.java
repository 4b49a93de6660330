package th.go.bangkok.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The shared reference list: read once for everyone, read again after a change, never shared uncommitted. */
class SnapshotTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final List<String> rows = new ArrayList<>(List.of("สำนักงาน ก.ก."));

    private List<String> load() {
        reads.incrementAndGet();
        return List.copyOf(rows);
    }

    @Test
    void every_reader_gets_the_same_list_until_a_change() {
        var snapshot = new Snapshot<String>();
        var first = snapshot.get(this::load);
        assertThat(snapshot.get(this::load)).isSameAs(first);
        assertThat(reads).hasValue(1);

        rows.add("สำนักการแพทย์");
        snapshot.changed();
        assertThat(snapshot.get(this::load)).containsExactly("สำนักงาน ก.ก.", "สำนักการแพทย์");
        assertThat(reads).hasValue(2);
    }

    @Test
    void what_a_transaction_changed_is_its_own_until_it_ends_and_then_everyone_reads_afresh() {
        var snapshot = new Snapshot<String>();
        var before = snapshot.get(this::load);
        TransactionSynchronizationManager.initSynchronization();
        try {
            rows.add("สำนักงานเขตบางกอกน้อย");
            snapshot.changed();
            assertThat(snapshot.get(this::load)).as("the writer sees its own change").hasSize(2);
            assertThat(snapshot.get(this::load)).as("read again, not kept").isNotSameAs(before);
            int readsInside = reads.get();
            for (var sync : TransactionSynchronizationManager.getSynchronizations()) {
                sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
            }
            assertThat(TransactionSynchronizationManager.hasResource(snapshot)).isFalse();
            var after = snapshot.get(this::load);
            assertThat(after).hasSize(2);
            assertThat(reads.get()).isEqualTo(readsInside + 1);
            assertThat(snapshot.get(this::load)).isSameAs(after);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
