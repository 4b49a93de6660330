package th.go.bangkok.tidtam.security;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Background work (a batch of forms, an import) runs as the user who started it, in a security context of its own
 * holding a copy of their authentication: signing out of the session that started it (which empties the session's
 * context) does not pull the ground from under the work, and the work never touches the session's context.
 */
public final class CallerContext {

    private CallerContext() {
    }

    public static Runnable wrap(Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return new DelegatingSecurityContextRunnable(work, context);
    }
}
