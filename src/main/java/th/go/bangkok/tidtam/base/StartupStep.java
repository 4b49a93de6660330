package th.go.bangkok.tidtam.base;

import org.springframework.context.SmartLifecycle;

/**
 * A step of the start that must be done before anyone can sign in: the demo data, the first administrator (issue
 * #21, docs/decisions/0024). Spring starts lifecycles once every bean is built (after Liquibase) and Vaadin has
 * installed the security-context strategy the secured services read, the lowest phase first; Spring Boot starts the
 * web server near {@code Integer.MAX_VALUE} and the management server after it. A step that throws stops the start
 * before any port answers.
 */
public abstract class StartupStep implements SmartLifecycle {

    /** The demo data: the first step. */
    public static final int DEMO_DATA = 0;
    /** The first administrator: after the demo data, whose accounts make it skip. */
    public static final int FIRST_ADMINISTRATOR = 1;

    private final int phase;
    private volatile boolean done;

    protected StartupStep(int phase) {
        this.phase = phase;
    }

    /** The step's work, once per start of the application. */
    protected abstract void run();

    @Override
    public final void start() {
        done = true;
        run();
    }

    @Override
    public final int getPhase() {
        return phase;
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public final void stop() {
        done = false;
    }
}
