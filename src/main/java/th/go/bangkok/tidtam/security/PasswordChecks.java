package th.go.bangkok.tidtam.security;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder, with its slow work (bcrypt at its full strength, about 60 ms of a core each) done on a few
 * threads of lower priority than the requests. At month's end a sign-in then waits for the cores that pages do not
 * need, instead of taking a core from a page open for its whole hash: people already at work keep their pace, and
 * people arriving wait a little longer at the sign-in page (issue #17, docs/decisions/0029). The strength of the
 * hash does not change. One thread per core at most, so sign-ins can never hold more than the machine has.
 */
final class PasswordChecks implements PasswordEncoder, DisposableBean {

    /** Linux's niceness of the checking threads: requests run at 0; 10 gets about a tenth of a busy core. */
    static final int NICENESS = 10;

    private static final Logger log = LoggerFactory.getLogger(PasswordChecks.class);

    private final PasswordEncoder encoder;
    private final ExecutorService threads;

    PasswordChecks(PasswordEncoder encoder) {
        this(encoder, Runtime.getRuntime().availableProcessors());
    }

    PasswordChecks(PasswordEncoder encoder, int threadCount) {
        this.encoder = encoder;
        var number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, work -> {
            var thread = new Thread(() -> {
                lowerPriorityOfThisThread();
                work.run();
            }, "password-check-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return onCheckingThread(() -> encoder.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return onCheckingThread(() -> encoder.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }

    private <T> T onCheckingThread(Callable<T> work) {
        var result = threads.submit(work);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a password was checked", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Gives the calling thread a higher niceness (Linux's setpriority on its thread id, which any process may do to
     * itself); elsewhere, or if the call fails, the thread keeps the normal priority and only the cap of one thread
     * per core applies.
     */
    static void lowerPriorityOfThisThread() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return;
        }
        try {
            var linker = Linker.nativeLinker();
            var libc = linker.defaultLookup();
            var gettid = linker.downcallHandle(libc.find("gettid").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT));
            var setpriority = linker.downcallHandle(libc.find("setpriority").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_INT));
            int threadId = (int) gettid.invokeExact();
            int outcome = (int) setpriority.invokeExact(0 /* PRIO_PROCESS: with a thread id, that thread */, threadId,
                    NICENESS);
            if (outcome != 0) {
                log.info("Password checks run at normal priority: setpriority answered {}", outcome);
            }
        } catch (Throwable e) {
            log.info("Password checks run at normal priority: {}", e.toString());
        }
    }
}
