package th.go.bangkok.tidtam.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.security.SignInEvent;

/** Writes every sign-in, refusal and sign-out that security announces to the trail, whatever became of the try. */
@Component
class SignInAuditor {

    private final AuditService audit;

    SignInAuditor(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SignInEvent event) {
        var action = switch (event.outcome()) {
            case SUCCEEDED -> AuditAction.LOGIN_SUCCESS;
            case FAILED -> AuditAction.LOGIN_FAILURE;
            case REFUSED_LOCKED -> AuditAction.LOGIN_LOCKED;
            case SIGNED_OUT -> AuditAction.LOGOUT;
        };
        audit.securityEvent(action, event.username(), event.clientAddress(), event.detail());
    }
}
