package th.go.bangkok.tidtam.legacy;

import java.io.OutputStream;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import th.go.bangkok.tidtam.base.BatchState;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.export.ExportFormat;
import th.go.bangkok.tidtam.base.export.TableWriter;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * Importing many exports: the files of an upload are stored in the background, each in its own transaction
 * ({@link LegacyImports#store}), as the user who asked, so access is theirs; on one pool shared by all batches
 * (cores, at most 4, below the connection pool), the files of one project in their order. The owner follows the
 * count, may cancel (the files already stored stay, the rest are not touched), and gets a summary: per file
 * imported, updated, unchanged or failed, with the reason, downloadable as CSV. One batch per user at a time; it
 * lives in this node's memory until their next batch.
 */
@Service
public class ImportBatches {

    private static final Logger log = LoggerFactory.getLogger(ImportBatches.class);

    private final LegacyImports imports;
    private final CurrentUser currentUser;
    private final Map<String, Batch> byUser = new ConcurrentHashMap<>();
    private final int workers;
    private final java.util.concurrent.ExecutorService pool;

    private final th.go.bangkok.tidtam.base.SlowWork slowWork;
    private final io.micrometer.core.instrument.MeterRegistry metrics;

    ImportBatches(LegacyImports imports, CurrentUser currentUser,
                  @Value("${tidtam.legacy.import-workers:0}") int workers, th.go.bangkok.tidtam.base.SlowWork slowWork,
                  io.micrometer.core.instrument.MeterRegistry metrics) {
        this.slowWork = slowWork;
        this.metrics = metrics;
        this.imports = imports;
        this.currentUser = currentUser;
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

    /** A batch as its owner follows it: files done of the total, its state, and the outcomes so far. */
    public record Status(String id, int done, int total, BatchState state, List<ImportOutcome> outcomes) {

        public double fraction() {
            return total == 0 ? 1.0 : (double) done / total;
        }

        public long count(ImportOutcome.Result result) {
            return outcomes.stream().filter(o -> o.result() == result).count();
        }
    }

    private static final class Batch {
        final String id = UUID.randomUUID().toString();
        final int total;
        volatile List<Item> items;
        final AtomicReferenceArray<ImportOutcome> outcomes;
        final AtomicInteger done = new AtomicInteger();
        volatile BatchState state = BatchState.RUNNING;
        volatile boolean cancelRequested;

        Batch(List<Item> items) {
            this.items = items;
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

    /** Starts storing these files for the caller; refused while their last batch runs. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public Status start(List<Item> items) {
        if (items.isEmpty()) {
            throw new BusinessRuleException("legacy.batch.empty");
        }
        if (items.size() > LegacyArchive.MAX_FILES) {
            throw new BusinessRuleException("legacy.zip.tooMany", LegacyArchive.MAX_FILES);
        }
        var username = currentUser.require().getUsername();
        var batch = new Batch(List.copyOf(items));
        var previous = byUser.put(username, batch);
        if (previous != null && previous.state == BatchState.RUNNING) {
            byUser.put(username, previous);
            throw new BusinessRuleException("legacy.batch.running");
        }
        Thread.ofVirtual().name("import-batch-" + username).start(th.go.bangkok.tidtam.security.CallerContext.wrap(() -> run(batch)));
        return batch.status();
    }

    /** Stores them here and now, the caller waiting (a benchmark, a script); the same outcomes as a batch. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public List<ImportOutcome> run(List<Item> items) {
        var batch = new Batch(List.copyOf(items));
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
                tasks.add(pool.submit(th.go.bangkok.tidtam.security.CallerContext.wrap(() -> {
                    for (int i : group) {
                        if (batch.cancelRequested) {
                            return;
                        }
                        var item = items.get(i);
                        var outcome = slowWork.call(() -> storeOne(item));
                        batch.outcomes.set(i, outcome);
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

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public Status status(String id) {
        return mine(id).status();
    }

    /**
     * Stops the caller's batch after the file in hand (the state turns CANCELLED once it has stopped); what was
     * stored stays.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public Status cancel(String id) {
        var batch = mine(id);
        batch.cancelRequested = true;
        return batch.status();
    }

    /** The summary of the caller's batch (file, project, outcome, warnings, reason) as Excel or CSV. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'OFFICER')")
    public void summary(String id, ExportFormat format, Locale locale, OutputStream out) {
        summary(mine(id).status().outcomes(), format, locale, out);
    }

    static void summary(List<ImportOutcome> outcomes, ExportFormat format, Locale locale, OutputStream out) {
        try (var table = TableWriter.open(format, out, Messages.get(locale, "legacy.summary.sheet"), List.of(
                Messages.get(locale, "legacy.summary.file"), Messages.get(locale, "legacy.summary.code"),
                Messages.get(locale, "legacy.summary.result"), Messages.get(locale, "legacy.summary.warnings"),
                Messages.get(locale, "legacy.summary.reason")))) {
            for (var o : outcomes) {
                table.row(o.fileName(), o.projectCode(),
                        Messages.get(locale, "legacy.result." + o.result().name().toLowerCase(Locale.ROOT)),
                        String.join("\n", o.warnings().stream().map(w -> w.text(locale)).toList()), o.reason());
            }
        }
    }

    private Batch mine(String id) {
        var batch = byUser.get(currentUser.require().getUsername());
        if (batch == null || !batch.id.equals(id)) {
            throw new NotFoundException("ImportBatch", id);
        }
        return batch;
    }
}
