package th.go.bangkok.tidtam.report;

import th.go.bangkok.tidtam.base.BatchState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.project.ProjectFilter;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * พิมพ์ทั้งหมด: the forms of every project in a filtered list, one PDF each (named by project code) in a ZIP,
 * made in the background with as many workers as the machine has cores, as the user who asked (so access is
 * theirs), with progress to follow and a cancel. One batch per user at a time; the finished ZIP waits in a temporary
 * file for its owner until the next batch (or restart). Batches live in this node's memory.
 */
@Service
public class FormBatches {

    private static final Logger log = LoggerFactory.getLogger(FormBatches.class);

    private final FormService forms;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final int workers;
    private final int maxForms;
    private final Map<String, Batch> byUser = new ConcurrentHashMap<>();
    private final th.go.bangkok.tidtam.base.SlowWork slowWork;
    /** Forms printed in batches: its rate is the batches' throughput (docs/decisions/0024). */
    private final io.micrometer.core.instrument.Counter printed;

    FormBatches(FormService forms, ProjectService projects, CurrentUser currentUser,
                @Value("${tidtam.forms.batch-workers:0}") int workers,
                @Value("${tidtam.forms.batch-max:5000}") int maxForms, th.go.bangkok.tidtam.base.SlowWork slowWork,
                io.micrometer.core.instrument.MeterRegistry metrics) {
        this.slowWork = slowWork;
        this.printed = metrics.counter("tidtam.forms.printed");
        this.forms = forms;
        this.projects = projects;
        this.currentUser = currentUser;
        this.workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        this.maxForms = maxForms;
    }

    private static final class Batch {
        final String id = UUID.randomUUID().toString();
        final List<String> codes;
        final AtomicInteger done = new AtomicInteger();
        final Path zip;
        volatile BatchState state = BatchState.RUNNING;
        volatile ExecutorService pool;

        Batch(List<String> codes, Path zip) {
            this.codes = codes;
            this.zip = zip;
        }

        BatchStatus status() {
            return new BatchStatus(id, done.get(), codes.size(), state);
        }
    }

    /** Starts printing every project the filter lists for the caller; refused while their last batch runs. */
    @PreAuthorize("isAuthenticated()")
    public BatchStatus start(ProjectFilter filter) {
        var username = currentUser.require().getUsername();
        var running = byUser.get(username);
        if (running != null && running.state == BatchState.RUNNING) {
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
        Batch batch;
        try {
            batch = new Batch(List.copyOf(codes), Files.createTempFile("tidtam-forms-", ".zip"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var previous = byUser.put(username, batch);
        if (previous != null && previous.state == BatchState.RUNNING) {
            byUser.put(username, previous);
            throw new BusinessRuleException("form.batch.running");
        }
        if (previous != null) {
            deleteQuietly(previous.zip);
        }
        Thread.ofVirtual().name("form-batch-" + username).start(th.go.bangkok.tidtam.security.CallerContext.wrap(() -> run(batch)));
        return batch.status();
    }

    private void run(Batch batch) {
        var pool = Executors.newFixedThreadPool(workers);
        batch.pool = pool;
        try (var zip = new ZipOutputStream(Files.newOutputStream(batch.zip))) {
            var tasks = new ArrayList<java.util.concurrent.Future<?>>();
            for (var code : batch.codes) {
                tasks.add(pool.submit(th.go.bangkok.tidtam.security.CallerContext.wrap(() -> {
                    if (batch.state != BatchState.RUNNING) {
                        return;
                    }
                    var pdf = slowWork.call(() -> forms.print(code).pdf());
                    synchronized (zip) {
                        if (batch.state != BatchState.RUNNING) {
                            return;
                        }
                        try {
                            zip.putNextEntry(new ZipEntry(code + ".pdf"));
                            zip.write(pdf);
                            zip.closeEntry();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    batch.done.incrementAndGet();
                    printed.increment();
                })));
            }
            for (var task : tasks) {
                if (batch.state != BatchState.RUNNING) {
                    break;
                }
                task.get();
            }
            if (batch.state == BatchState.RUNNING) {
                batch.state = BatchState.DONE;
            }
        } catch (java.util.concurrent.CancellationException | InterruptedException e) {
            batch.state = BatchState.CANCELLED;
        } catch (Exception e) {
            if (batch.state == BatchState.RUNNING) {
                log.warn("Batch of forms failed: {}", e.getMessage(), e);
                batch.state = BatchState.FAILED;
            }
        } finally {
            pool.shutdownNow();
            if (batch.state != BatchState.DONE) {
                deleteQuietly(batch.zip);
            }
        }
    }

    /** The caller's batch, if it is theirs. */
    @PreAuthorize("isAuthenticated()")
    public BatchStatus status(String id) {
        return mine(id).status();
    }

    /** Stops the caller's batch; what was printed is thrown away. */
    @PreAuthorize("isAuthenticated()")
    public BatchStatus cancel(String id) {
        var batch = mine(id);
        if (batch.state == BatchState.RUNNING) {
            batch.state = BatchState.CANCELLED;
            var pool = batch.pool;
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return batch.status();
    }

    /** The finished ZIP of the caller's batch. */
    @PreAuthorize("isAuthenticated()")
    public InputStream download(String id) {
        var batch = mine(id);
        if (batch.state != BatchState.DONE) {
            throw new BusinessRuleException("form.batch.notReady");
        }
        try {
            return Files.newInputStream(batch.zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Batch mine(String id) {
        var batch = byUser.get(currentUser.require().getUsername());
        if (batch == null || !batch.id.equals(id)) {
            throw new NotFoundException("FormBatch", id);
        }
        return batch;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not delete {}", file, e);
        }
    }
}
