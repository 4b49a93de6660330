package th.go.bangkok.tidtam.security;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder, with its slow work (bcrypt at its full strength, about 64 ms of a core each) done on one
 * thread per core that the operating system runs only after the request threads. At month's end a sign-in then
 * takes the CPU that the people already at work leave, instead of a core from their page opens for a whole hash:
 * pages keep their pace and people arriving wait longer at the sign-in page; a flood of sign-ins, right or wrong,
 * cannot slow the portal for those signed in (issue #17, docs/decisions/0032). The strength and the hashes are the
 * delegate's.
 * <p>
 * A sign-in waiting for its check holds a request thread: at most {@code mostWaiting} checks wait at once, so the
 * request threads beyond them are always left to pages; one more is refused at once ({@link SignInsBusyException},
 * "try again in a moment"), not counted as a wrong password. A check not done within {@code longestWait} (the cores
 * taken by pages that long) is given up the same way, before a proxy or the person gives up on it.
 */
final class PasswordChecks implements PasswordEncoder, DisposableBean {

    /** Linux's niceness of the checking threads: requests run at 0; 19, the lowest, runs when they leave a core. */
    static final int NICENESS = 19;

    private static final Logger log = LoggerFactory.getLogger(PasswordChecks.class);

    private final PasswordEncoder encoder;
    private final ExecutorService threads;
    private final int mostWaiting;
    private final Duration longestWait;
    private final AtomicInteger waiting = new AtomicInteger();

    PasswordChecks(PasswordEncoder encoder, int threadCount, int mostWaiting, Duration longestWait) {
        this.encoder = encoder;
        this.mostWaiting = mostWaiting;
        this.longestWait = longestWait;
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

    /**
     * Sign-ins waiting for their check at most: the request threads but the 24 that held the whole month's-end mix
     * before hashing moved off them (decision 0018), and never fewer than half of them.
     */
    static int mostWaiting(int requestThreads) {
        return Math.max(1, Math.max(requestThreads / 2, requestThreads - 24));
    }

    /**
     * A new password's hash (an administrator's or a person's own change): on a checking thread, never refused for
     * the sign-ins waiting, only given up ({@link SignInsBusyException}) after {@code longestWait}.
     */
    @Override
    public String encode(CharSequence rawPassword) {
        return onCheckingThread(() -> encoder.encode(rawPassword));
    }

    /** A sign-in's check: refused with {@link SignInsBusyException} when {@code mostWaiting} already wait. */
    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (waiting.incrementAndGet() > mostWaiting) {
            waiting.decrementAndGet();
            throw new SignInsBusyException(mostWaiting + " password checks already waiting");
        }
        try {
            return onCheckingThread(() -> encoder.matches(rawPassword, encodedPassword));
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Sign-ins waiting for their check now (and being checked). */
    int waiting() {
        return waiting.get();
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** Stops the threads; a check still waiting for one is cancelled, so its caller does not wait for ever. */
    @Override
    public void destroy() {
        for (var queued : threads.shutdownNow()) {
            if (queued instanceof Future<?> check) {
                check.cancel(false);
            }
        }
    }

    private <T> T onCheckingThread(Callable<T> work) {
        Future<T> result;
        try {
            result = threads.submit(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new SignInsBusyException("password checks stopped"); // the application is stopping
        }
        try {
            return result.get(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(false); // not begun: never begins; begun: bcrypt ends by itself within its 64 ms
            throw new SignInsBusyException("no core for the password check within " + longestWait);
        } catch (java.util.concurrent.CancellationException e) {
            throw new SignInsBusyException("password checks stopped");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a password was checked", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Gives the calling thread the checking threads' niceness (Linux's setpriority on its thread id, which any process
     * may do to its own threads); elsewhere, or if the call fails, the thread keeps the normal priority and only the
     * cap of one thread per core applies.
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
