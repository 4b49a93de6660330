package th.go.bangkok.tidtam.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;

/**
 * Username and password sign-in that refuses locked usernames and addresses before it checks the password,
 * and writes every outcome to the security log and the audit trail.
 */
class ThrottlingAuthenticationProvider extends DaoAuthenticationProvider {

    private static final Logger securityLog = LoggerFactory.getLogger("tidtam.security");

    private final LoginThrottle throttle;
    private final AuditService audit;

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                     AuditService audit) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        var locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            securityLog.warn("Sign-in refused, locked until {}: user={} address={}", locked.get(), username, address);
            audit.securityEvent(AuditAction.LOGIN_LOCKED, username, address, "locked until " + locked.get());
            throw new LoginThrottledException(locked.get());
        }
        try {
            var result = super.authenticate(authentication);
            throttle.succeeded(username);
            securityLog.info("Sign-in succeeded: user={} address={}", username, address);
            audit.securityEvent(AuditAction.LOGIN_SUCCESS, username, address, null);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            securityLog.warn("Sign-in failed (bad credentials): user={} address={}", username, address);
            audit.securityEvent(AuditAction.LOGIN_FAILURE, username, address, "bad credentials");
            throw e;
        } catch (DisabledException e) {
            securityLog.warn("Sign-in refused (account disabled): user={} address={}", username, address);
            audit.securityEvent(AuditAction.LOGIN_FAILURE, username, address, "account disabled");
            throw e;
        }
    }
}
