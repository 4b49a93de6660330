package th.go.bangkok.tidtam.users;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.security.TidtamUser;

/**
 * Who a bearer token stands for: its owner, read afresh on every request (so a disabled owner's tokens stop at once),
 * if the token is neither revoked nor expired. Its use is written down at most once a minute per token, the last-used
 * time and one audit entry, so that a tool polling every second does not write a row per request (decision 0028).
 */
@Component
public class AccessTokenAuthenticator {

    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final AccessTokenRepository tokens;
    private final AppUserRepository users;
    private final AuditService audit;
    private final Clock clock;

    AccessTokenAuthenticator(AccessTokenRepository tokens, AppUserRepository users, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The token's owner, or empty when the secret is unknown, revoked, expired, or its owner is disabled. */
    @Transactional
    public Optional<Authenticated> authenticate(String secret, String clientAddress) {
        if (secret == null || !secret.startsWith(AccessTokenService.SECRET_PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        var token = tokens.findBySecretHash(AccessTokenService.hash(secret)).filter(t -> t.usableAt(now)).orElse(null);
        if (token == null) {
            return Optional.empty();
        }
        // the owner read once, by id (not again by name through the sign-in form's lookup)
        var owner = users.findById(token.getUserId()).map(UserAccountDetailsService::account)
                .filter(TidtamUser::isEnabled).orElse(null);
        if (owner == null) {
            return Optional.empty();
        }
        owner.eraseCredentials();
        var last = token.getLastUsedAt();
        if (last == null || !now.isBefore(last.plus(USE_RECORDED_EVERY))) {
            token.usedAt(now);
            audit.securityEvent(AuditAction.TOKEN_USE, owner.getUsername(), clientAddress, token.getPrefix() + "…");
        }
        return Optional.of(new Authenticated(owner, token.getId()));
    }

    /** The owner a token stands for, and the token's id (the rate limit counts per token). */
    public record Authenticated(TidtamUser owner, long tokenId) {
    }
}
