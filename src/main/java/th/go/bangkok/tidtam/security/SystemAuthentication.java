package th.go.bangkok.tidtam.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Start-up work (demo data, the first administrator) goes through the same secured services as people do,
 * as the user "system" with the administrator role, so the audit trail names it.
 */
public final class SystemAuthentication {

    public static final String SYSTEM = "system";

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Reads as the system with a coordinator's view of every agency (no account behind it, id 0): for answers that
     * anyone may have but that are computed from records only signed-in users read, such as whether a printed form
     * still matches (/verify). Never for writes: nothing it does is anybody's.
     */
    public static <T> T read(Supplier<T> work) {
        var reader = new TidtamUser(0, SYSTEM, "", true, Role.COORDINATOR, SYSTEM, null);
        // on a thread of its own: in a screen's request Vaadin reads the signed-in user from the session, whatever
        // this thread's security context says
        var task = new java.util.concurrent.FutureTask<T>(() -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reader, null,
                    reader.getAuthorities()));
            SecurityContextHolder.setContext(context);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        Thread.ofVirtual().name("tidtam-system-read").start(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Runs work as a real account, e.g. demo projects registered by the demo officer who owns them. */
    public static void runAs(org.springframework.security.core.userdetails.UserDetails user, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
