package th.go.bangkok.tidtam.legacy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
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
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.SlowWork;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ThisNode;
import th.go.bangkok.tidtam.base.export.ExportFormat;
import th.go.bangkok.tidtam.security.CallerContext;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * Importing many exports: the files of an upload are stored in the background, each in its own transaction
 * ({@link LegacyImports#store}), as the user who asked, so access is theirs; on one pool shared by all batches
 * (cores, at most 4, below the connection pool), the files of one project in their order. The owner follows the
 * count, may cancel (the files already stored stay, the rest are not touched), and gets a summary: per file
 * imported, updated, unchanged or failed, with the reason, downloadable as CSV. One batch per user at a time.
 * <p>
 * The batch is a row of {@code import_batch} with a row per file's outcome ({@link ImportBatchRows}), so its owner
 * follows and cancels it from whichever node their browser lands on; the files' contents stay in the memory of the
 * node that started it, which stores them. A batch whose node went away (no word for
 * {@code tidtam.batches.stale-after}) shows as failed, its outcomes so far kept. See docs/decisions/0025-several-nodes.md.
 */
@Service
public class ImportBatches {

    private static final Logger log = LoggerFactory.getLogger(ImportBatches.class);

    private final LegacyImports imports;
    private final CurrentUser currentUser;
    private final ImportBatchRows rows;
    private final BatchTable table;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int workers;
    private final ExecutorService pool;
    private final SlowWork slowWork;
    private final MeterRegistry metrics;
    /** The shared batches this node stores, by id. */
    private final Map<String, Batch> local = new ConcurrentHashMap<>();

    ImportBatches(LegacyImports imports, CurrentUser currentUser, JdbcTemplate jdbc, TransactionTemplate transactions,
                  Clock clock, ThisNode node, @Value("${tidtam.legacy.import-workers:0}") int workers,
                  @Value("${tidtam.batches.stale-after:2m}") Duration staleAfter, SlowWork slowWork,
                  MeterRegistry metrics) {
        this.metrics = metrics;
        this.slowWork = slowWork;
        this.imports = imports;
        this.currentUser = currentUser;
        this.rows = new ImportBatchRows(jdbc);
        this.table = new BatchTable(jdbc, clock, node, staleAfter, "import_batch", "cancel_requested = FALSE",
                "legacy.batch.running");
        this.transactions = transactions;
        this.clock = clock;
        // one pool for every batch, smaller than the connection pool, so imports never starve the screens
        this.workers = workers > 0 ? workers : Math.min(4, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(this.workers, Thread.ofPlatform().name("import-", 1).factory());
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** One file to store, with what the importer chose for it in the preview. */
    public record Item(LegacyArchive.Entry file, ImportChoices choices) {
    }

    /** A batch as its owner follows it: files done of the total, its state, and (once it has ended) the outcomes. */
    public record Status(String id, int done, int total, BatchState state, List<ImportOutcome> outcomes) {

        public double fraction() {
            return total == 0 ? 1.0 : (double) done / total;
        }

        public long count(ImportOutcome.Result result) {
            return outcomes.stream().filter(o -> o.result() == result).count();
        }
    }

    /** A batch this node stores; {@code shared} when its row and outcomes are in the database. */
    private static final class Batch {
        final String id = UUID.randomUUID().toString();
        final boolean shared;
        final int total;
        volatile List<Item> items;
        final AtomicReferenceArray<ImportOutcome> outcomes;
        final AtomicInteger done = new AtomicInteger();
        volatile BatchState state = BatchState.RUNNING;
        volatile boolean cancelRequested;

        Batch(List<Item> items, boolean shared) {
            this.items = items;
            this.shared = shared;
            this.total = items.size();
            this.outcomes = new AtomicReferenceArray<>(items.size());
        }

        Status status() {
            var list = new ArrayList<ImportOutcome>();
            for (int i = 0; i < outcomes.length(); i++) {
                var outcome = outcomes.get(i);
                if (outcome != null) {
                    list.add(outcome);
                }
            }
            return new Status(id, done.get(), total, state, List.copyOf(list));
        }
    }

    /** Starts storing these files for the caller; refused while their last batch runs (on any node). */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public Status start(List<Item> items) {
        if (items.isEmpty()) {
            throw new BusinessRuleException("legacy.batch.empty");
        }
        if (items.size() > LegacyArchive.MAX_FILES) {
            throw new BusinessRuleException("legacy.zip.tooMany", LegacyArchive.MAX_FILES);
        }
        var username = currentUser.require().getUsername();
        var batch = new Batch(List.copyOf(items), true);
        transactions.executeWithoutResult(tx -> table.claim(username, batch.id, batch.total)
                .ifPresent(rows::forget));
        local.put(batch.id, batch);
        Thread.ofVirtual().name("import-batch-" + username).start(CallerContext.wrap(() -> run(batch)));
        return batch.status();
    }

    /** Stores them here and now, the caller waiting (a benchmark, a script); the same outcomes as a batch. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public List<ImportOutcome> run(List<Item> items) {
        var batch = new Batch(List.copyOf(items), false);
        run(batch);
        return batch.status().outcomes();
    }

    /**
     * The files of one project (and those that add agencies) are stored in their order by one worker, so an older
     * export comes before a newer one; different projects go side by side on {@link #workers} workers.
     */
    private void run(Batch batch) {
        var items = batch.items;
        var groups = new LinkedHashMap<String, List<Integer>>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(groupOf(items.get(i)), k -> new ArrayList<>()).add(i);
        }
        var tasks = new ArrayList<Future<?>>();
        try {
            for (var group : groups.values()) {
                tasks.add(pool.submit(CallerContext.wrap(() -> {
                    for (int i : group) {
                        if (batch.cancelRequested || batch.shared && toStop(batch)) {
                            batch.cancelRequested = true;
                            return;
                        }
                        var item = items.get(i);
                        var outcome = slowWork.call(() -> storeOne(item));
                        batch.outcomes.set(i, outcome);
                        if (batch.shared) {
                            rows.outcome(batch.id, i, outcome, clock.millis());
                        }
                        // files stored, by result: its rate is the imports' throughput (docs/decisions/0024)
                        metrics.counter("tidtam.imports.files", "result", outcome.result().name().toLowerCase())
                                .increment();
                        batch.done.incrementAndGet();
                    }
                })));
            }
            for (var task : tasks) {
                task.get();
            }
            batch.state = batch.cancelRequested && batch.done.get() < batch.total ? BatchState.CANCELLED
                    : BatchState.DONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch.cancelRequested = true;
            batch.state = BatchState.CANCELLED;
        } catch (ExecutionException | RuntimeException e) {
            log.warn("Import batch failed: {}", e.getMessage(), e);
            batch.cancelRequested = true;
            batch.state = BatchState.FAILED;
        } finally {
            batch.items = List.of(); // the files' contents are not kept once the batch has ended
            if (batch.shared) {
                rows.end(batch.id, batch.state, clock.millis());
                local.remove(batch.id);
            }
        }
    }

    private static final Pattern CODE = Pattern.compile("\\d{8}-\\d{4}");

    /** The project a file is of (its first code; digits are ASCII in every encoding the exports use). */
    private static String groupOf(Item item) {
        if (item.choices().createAgency()) {
            return "+agencies";
        }
        if (item.file().refused()) {
            return "refused:" + item.file().name();
        }
        var code = CODE.matcher(new String(item.file().bytes(), StandardCharsets.ISO_8859_1));
        return code.find() ? code.group() : "file:" + item.file().name();
    }

    private ImportOutcome storeOne(Item item) {
        var file = item.file();
        if (file.refused()) {
            return ImportOutcome.failed(file.name(), null, Messages.get(ThaiDates.THAI, file.refusal(),
                    LegacyImports.MAX_FILE_BYTES / (1024 * 1024)));
        }
        try {
            return imports.store(file.name(), file.bytes(), item.choices());
        } catch (BusinessRuleException e) {
            return ImportOutcome.failed(file.name(), null, Messages.get(ThaiDates.THAI, e.messageKey(), e.arguments()));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return ImportOutcome.failed(file.name(), null, Messages.get(ThaiDates.THAI, "legacy.batch.denied"));
        } catch (jakarta.validation.ConstraintViolationException e) {
            return ImportOutcome.failed(file.name(), null, e.getConstraintViolations().stream()
                    .map(jakarta.validation.ConstraintViolation::getMessage).findFirst().orElse(e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("Import of {} failed", file.name(), e);
            return ImportOutcome.failed(file.name(), null, Messages.get(ThaiDates.THAI, "legacy.batch.unexpected"));
        }
    }

    /**
     * Tells the other nodes this node still stores its batches (their files may wait their turn on the pool), and
     * notices cancels made on other nodes. Every node beats for its own batches: no scheduler lock.
     */
    @Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
    void heartbeat() {
        for (var batch : local.values()) {
            if (toStop(batch)) {
                batch.cancelRequested = true;
            }
        }
    }

    /** Beats for the batch; whether it is to stop (its owner cancelled it on any node, or its row was taken over). */
    private boolean toStop(Batch batch) {
        return !table.beat(batch.id) || rows.cancelRequested(batch.id);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public Status status(String id) {
        return mine(id);
    }

    /** The caller's batch while it runs (started on this node or another), to follow it again after a reload. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public Optional<Status> running() {
        return current(currentUser.require().getUsername()).filter(s -> s.state() == BatchState.RUNNING);
    }

    /**
     * Stops the caller's batch after the file in hand (the state turns CANCELLED once it has stopped); what was
     * stored stays.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public Status cancel(String id) {
        mine(id);
        rows.requestCancel(id, clock.millis());
        var batch = local.get(id);
        if (batch != null) {
            batch.cancelRequested = true;
        }
        return mine(id);
    }

    /** The summary of the caller's batch (file, project, outcome, warnings, reason) as Excel or CSV. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public void summary(String id, ExportFormat format, Locale locale, OutputStream out) {
        ImportSummary.write(mine(id).outcomes(), format, locale, out);
    }

    private Status mine(String id) {
        return current(currentUser.require().getUsername()).filter(s -> s.id().equals(id))
                .orElseThrow(() -> new NotFoundException("ImportBatch", id));
    }

    /** The caller's batch; its outcomes are read once it has ended (while it runs, the count says enough). */
    private Optional<Status> current(String username) {
        return table.current(username).map(row -> {
            if (row.state() == BatchState.RUNNING) {
                return new Status(row.id(), row.done(), row.total(), row.state(), List.of());
            }
            var outcomes = rows.outcomes(row.id());
            return new Status(row.id(), outcomes.size(), row.total(), row.state(), outcomes);
        });
    }
}
