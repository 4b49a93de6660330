package th.go.bangkok.tidtam.progress;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import th.go.bangkok.tidtam.base.FigureCache;
import th.go.bangkok.tidtam.base.PendingChange;
import th.go.bangkok.tidtam.project.BudgetUsage;

/**
 * งบประมาณที่ใช้ไป = the sum of the submitted disbursements, and the latest filed % done, computed from the reports,
 * never stored.
 *
 * <p>Read once for every viewer (issue #17): each page of /projects asked the database for the money used of its 50
 * projects, the most expensive statement of the page (some 2 ms of the database's time, of the page's 2.7). A
 * project's figures are kept until a report of that project is written (at once, and again when the writing
 * transaction ends, so nobody keeps what was read in between) or a minute has passed (another node's writes, issue
 * #21) or {@link FigureCache#changed()} was called (a bulk load). A read-write transaction (it has written reports,
 * or checks a rule before writing) reads its own figures; one that began before a writer ended keeps nothing it read
 * (its snapshot may predate the write).
 */
@Component
class ProgressBudgetUsage implements BudgetUsage {

    private static final int MAX_ENTRIES = 50_000;
    /** Writes of reports, per stripe of projects (project id modulo the length): a project's figures are as old. */
    private static final AtomicLongArray WRITES = new AtomicLongArray(8192);
    /**
     * Report writes, counted as each is written and again when its transaction ends (committed or not): a reader
     * whose transaction began before either keeps nothing it read.
     */
    private static final AtomicLong ENDED = new AtomicLong();
    /** Holds, in each transaction, {@link #ENDED} when it began. */
    private static final Object BEGAN = new Object();

    /** A project's figures as read ({@code usage} null: no filed report), with its stripe's writes at the time. */
    private record Known(long writes, long changes, Instant at, Usage usage) {
    }

    private final Map<Long, Known> known = new ConcurrentHashMap<>();
    private final ProgressReportRepository repository;
    private final Clock clock;

    ProgressBudgetUsage(ProgressReportRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Map<Long, Usage> usageByProject(Collection<Long> projectIds) {
        if (writing()) {
            // this transaction wrote reports, or may (a rule checked before a write): its figures are its own
            return read(projectIds);
        }
        var now = clock.instant();
        var changes = FigureCache.changes();
        var usage = new HashMap<Long, Usage>();
        var unknown = new HashMap<Long, Long>();
        for (var id : projectIds) {
            var writes = WRITES.get(stripe(id));
            var k = known.get(id);
            if (k != null && k.writes() == writes && k.changes() == changes && FigureCache.recent(k.at(), now)) {
                if (k.usage() != null) {
                    usage.put(id, k.usage());
                }
            } else {
                unknown.put(id, writes);
            }
        }
        if (unknown.isEmpty()) {
            return usage;
        }
        var began = beganAt();
        var read = read(new ArrayList<>(unknown.keySet()));
        usage.putAll(read);
        // kept only when no writer ended since this transaction began: the database answers from the transaction's
        // snapshot (repeatable read), which may be older than the counts read above
        if (began == null || ENDED.get() != began) {
            return usage;
        }
        if (known.size() > MAX_ENTRIES) {
            known.clear();
        }
        unknown.forEach((id, writes) -> {
            // a report written while this was read: not kept (its writer's transaction may not have ended)
            if (WRITES.get(stripe(id)) == writes) {
                known.put(id, new Known(writes, changes, now, read.get(id)));
            }
        });
        return usage;
    }

    /** {@link #ENDED} when this transaction began (null: not known), or now outside one (each statement its own). */
    private static Long beganAt() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? (Long) TransactionSynchronizationManager.getResource(BEGAN) : Long.valueOf(ENDED.get());
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private Map<Long, Usage> read(Collection<Long> projectIds) {
        var usage = new HashMap<Long, Usage>();
        for (var row : repository.usageByProject(projectIds)) {
            usage.put((Long) row[0], new Usage(((BigDecimal) row[1]).setScale(2), (BigDecimal) row[2]));
        }
        return usage;
    }

    private static int stripe(long projectId) {
        return (int) Math.floorMod(projectId, (long) WRITES.length());
    }

    /** A report was written: its project's figures are read afresh, now and when the writing transaction ends. */
    static void reportWritten(long projectId) {
        var stripe = stripe(projectId);
        PendingChange.mark(new Stripe(stripe), () -> {
            WRITES.incrementAndGet(stripe);
            ENDED.incrementAndGet();
        });
    }

    private record Stripe(int index) {
    }

    /** Notes in every transaction, as it begins, how many report writers had ended (see {@link #BEGAN}). */
    @Component
    static class TransactionStarts implements TransactionExecutionListener {

        @Override
        public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
            if (beginFailure != null || !TransactionSynchronizationManager.isSynchronizationActive()
                    || TransactionSynchronizationManager.hasResource(BEGAN)) {
                return; // an inner transaction keeps the outer one's (older) count
            }
            TransactionSynchronizationManager.bindResource(BEGAN, ENDED.get());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BEGAN);
                }
            });
        }
    }

    /** Listens to {@link ProgressReport}. */
    public static class Writes {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(ProgressReport report) {
            reportWritten(report.getProjectId());
        }
    }
}
