package th.go.bangkok.tidtam.base;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A write to data that memory shares between sessions ({@link Snapshot}, {@link FigureCache}, the projects' money
 * used): the shared copy is counted stale at once and again when the writing transaction ends (so nobody keeps what
 * was read in between), and until then the writing thread knows its reads are its own and must not be shared.
 */
public final class PendingChange {

    private PendingChange() {
    }

    /** Runs {@code stale} now and, inside a transaction, once more when it ends; {@code key} marks it pending. */
    public static void mark(Object key, Runnable stale) {
        stale.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(key)) {
            TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                    stale.run();
                }
            });
        }
    }

    /** Whether this thread's transaction has written and not yet ended. */
    static boolean pending(Object key) {
        return TransactionSynchronizationManager.hasResource(key);
    }
}
