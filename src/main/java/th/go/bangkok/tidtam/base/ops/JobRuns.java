package th.go.bangkok.tidtam.base.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Counts and times the background jobs' runs, by job and outcome ({@code tidtam.job.runs}, outcome success or
 * failure), so an operator sees a nightly job that stopped running or keeps failing (docs/decisions/0024).
 */
@Component
public class JobRuns {

    private final MeterRegistry registry;

    JobRuns(MeterRegistry registry) {
        this.registry = registry;
    }

    public <T> T run(String job, Supplier<T> work) {
        var sample = Timer.start(registry);
        String outcome = "failure";
        try {
            T result = work.get();
            outcome = "success";
            return result;
        } finally {
            sample.stop(registry.timer("tidtam.job.runs", "job", job, "outcome", outcome));
        }
    }
}
