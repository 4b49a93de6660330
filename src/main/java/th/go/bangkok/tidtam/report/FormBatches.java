package th.go.bangkok.tidtam.report;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.bangkok.tidtam.base.BatchState;
import th.go.bangkok.tidtam.base.BatchTable;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.SlowWork;
import th.go.bangkok.tidtam.base.StoredParts;
import th.go.bangkok.tidtam.base.ThisNode;
import th.go.bangkok.tidtam.project.ProjectFilter;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.CallerContext;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * พิมพ์ทั้งหมด: the forms of every project in a filtered list, one PDF each (named by project code) in a ZIP,
 * made in the background with as many workers as the machine has cores, as the user who asked (so access is
 * theirs), with progress to follow and a cancel. One batch per user at a time.
 * <p>
 * The batch is a row of {@code form_batch} and its ZIP parts of {@code form_batch_zip}, so its owner follows it,
 * cancels it and downloads it from whichever node their browser lands on; the node that started it prints it,
 * writing its count at most every {@link #PROGRESS_EVERY} and a heartbeat every 30 seconds. A batch whose node went
 * away (no heartbeat for {@code tidtam.batches.stale-after}) shows as failed. The ZIP waits for its owner until their
 * next batch. See docs/decisions/0025-several-nodes.md.
 */
@Service
public class FormBatches {

    private static final Logger log = LoggerFactory.getLogger(FormBatches.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    private static final String ZIP_TABLE = "form_batch_zip";

    private final FormService forms;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BatchTable table;
    private final SlowWork slowWork;
    private final int workers;
    private final int maxForms;
    /** The batches this node prints, by id. */
    private final Map<String, Run> running = new ConcurrentHashMap<>();
    /** Forms printed in batches: its rate is the batches' throughput (docs/decisions/0024). */
    private final Counter printed;

    FormBatches(FormService forms, ProjectService projects, CurrentUser currentUser, JdbcTemplate jdbc,
                TransactionTemplate transactions, Clock clock, ThisNode node, SlowWork slowWork,
                @Value("${tidtam.forms.batch-workers:0}") int workers,
                @Value("${tidtam.forms.batch-max:5000}") int maxForms,
                @Value("${tidtam.batches.stale-after:2m}") Duration staleAfter, MeterRegistry metrics) {
        this.printed = metrics.counter("tidtam.forms.printed");
        this.forms = forms;
        this.projects = projects;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.table = new BatchTable(jdbc, clock, node, staleAfter, "form_batch", "zip_parts = 0", "form.batch.running");
        this.slowWork = slowWork;
        this.workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        this.maxForms = maxForms;
    }

    /** A batch this node prints. */
    private static final class Run {
        final String id;
        final List<String> codes;
        final AtomicInteger done = new AtomicInteger();
        volatile boolean stopped;
        volatile ExecutorService pool;
        long progressWrittenAt;

        Run(String id, List<String> codes) {
            this.id = id;
            this.codes = codes;
        }
    }

    /** Starts printing every project the filter lists for the caller; refused while their last batch runs. */
    @PreAuthorize("isAuthenticated()")
    public BatchStatus start(ProjectFilter filter) {
        var username = currentUser.require().getUsername();
        if (current(username).filter(s -> s.state() == BatchState.RUNNING).isPresent()) {
            throw new BusinessRuleException("form.batch.running");
        }
        var codes = new ArrayList<String>();
        projects.forEach(filter, p -> codes.add(p.code()));
        if (codes.isEmpty()) {
            throw new BusinessRuleException("form.batch.empty");
        }
        if (codes.size() > maxForms) {
            throw new BusinessRuleException("form.batch.tooMany", maxForms);
        }
        var run = new Run(UUID.randomUUID().toString(), List.copyOf(codes));
        var previous = transactions.execute(tx -> table.claim(username, run.id, run.codes.size()));
        previous.ifPresent(id -> new StoredParts(jdbc, ZIP_TABLE, id).delete());
        running.put(run.id, run);
        Thread.ofVirtual().name("form-batch-" + username).start(CallerContext.wrap(() -> run(run)));
        return new BatchStatus(run.id, 0, run.codes.size(), BatchState.RUNNING);
    }

    private void run(Run run) {
        var pool = Executors.newFixedThreadPool(workers);
        run.pool = pool;
        var parts = new StoredParts(jdbc, ZIP_TABLE, run.id);
        var state = BatchState.FAILED;
        int stored = 0;
        try {
            var out = parts.writer();
            try (var zip = new ZipOutputStream(out)) {
                var tasks = new ArrayList<Future<?>>();
                for (var code : run.codes) {
                    tasks.add(pool.submit(CallerContext.wrap(() -> print(run, code, zip))));
                }
                for (var task : tasks) {
                    if (run.stopped) {
                        break;
                    }
                    task.get();
                }
            }
            stored = out.parts();
            state = run.stopped ? BatchState.CANCELLED : BatchState.DONE;
        } catch (java.util.concurrent.CancellationException | InterruptedException e) {
            state = BatchState.CANCELLED;
        } catch (Exception e) {
            if (!run.stopped) {
                log.warn("Batch of forms failed: {}", e.getMessage(), e);
            }
            state = run.stopped ? BatchState.CANCELLED : BatchState.FAILED;
        } finally {
            pool.shutdownNow();
            running.remove(run.id);
            int changed = jdbc.update("UPDATE form_batch SET state = ?, done = ?, zip_parts = ?, updated_at = ? "
                    + "WHERE id = ? AND state = 'RUNNING'", state.name(), run.done.get(), stored, clock.millis(), run.id);
            if (state != BatchState.DONE || changed == 0) {
                parts.delete();
            }
        }
    }

    private void print(Run run, String code, ZipOutputStream zip) {
        if (run.stopped) {
            return;
        }
        var pdf = slowWork.call(() -> forms.print(code).pdf());
        synchronized (zip) {
            if (run.stopped) {
                return;
            }
            try {
                zip.putNextEntry(new ZipEntry(code + ".pdf"));
                zip.write(pdf);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            run.done.incrementAndGet();
            printed.increment();
            if (clock.millis() - run.progressWrittenAt >= PROGRESS_EVERY.toMillis()) {
                writeProgress(run);
            }
        }
    }

    /** The count for other nodes to show; a batch cancelled from another node (its row no longer running) stops. */
    private void writeProgress(Run run) {
        run.progressWrittenAt = clock.millis();
        if (!table.beat(run.id, run.done.get())) {
            stop(run);
        }
    }

    /** Tells the other nodes this node still prints its batches (however slowly), and notices cancels. */
    @Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
    void heartbeat() {
        running.values().forEach(this::writeProgress);
    }

    /** The caller's batch, if it is theirs. */
    @PreAuthorize("isAuthenticated()")
    public BatchStatus status(String id) {
        return current(currentUser.require().getUsername()).filter(s -> s.id().equals(id))
                .orElseThrow(() -> new NotFoundException("FormBatch", id));
    }

    /** The caller's batch while it prints (started on this node or another), to follow it again after a reload. */
    @PreAuthorize("isAuthenticated()")
    public Optional<BatchStatus> running() {
        return current(currentUser.require().getUsername()).filter(s -> s.state() == BatchState.RUNNING);
    }

    /** Stops the caller's batch (on whichever node prints it); what was printed is thrown away. */
    @PreAuthorize("isAuthenticated()")
    public BatchStatus cancel(String id) {
        var status = status(id);
        if (status.state() == BatchState.RUNNING) {
            jdbc.update("UPDATE form_batch SET state = 'CANCELLED', updated_at = ? WHERE id = ? AND state = 'RUNNING'",
                    clock.millis(), id);
            var run = running.get(id);
            if (run != null) {
                stop(run);
            }
        }
        return status(id);
    }

    /** The finished ZIP of the caller's batch. */
    @PreAuthorize("isAuthenticated()")
    public InputStream download(String id) {
        var status = status(id);
        if (status.state() != BatchState.DONE) {
            throw new BusinessRuleException("form.batch.notReady");
        }
        var parts = jdbc.queryForObject("SELECT zip_parts FROM form_batch WHERE id = ?", Integer.class, id);
        return new StoredParts(jdbc, ZIP_TABLE, id).reader(parts);
    }

    private Optional<BatchStatus> current(String username) {
        return table.current(username).map(row -> new BatchStatus(row.id(), row.done(), row.total(), row.state()));
    }

    private static void stop(Run run) {
        run.stopped = true;
        var pool = run.pool;
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
