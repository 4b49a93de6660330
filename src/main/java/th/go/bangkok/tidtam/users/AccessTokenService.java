package th.go.bangkok.tidtam.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * A user's own personal access tokens for the read API: created with a name and an expiry at most a year away, the
 * secret shown once, revoked by their owner. Nobody else sees or revokes them (docs/decisions/0028).
 */
@Service
public class AccessTokenService {

    public static final int NAME_MAX = 100;
    public static final int MAX_DAYS = 365;
    /** Every secret starts with this, so a leaked one is easy to recognise (and to search for in code). */
    static final String SECRET_PREFIX = "tdt-";
    /** How much of the secret the owner's page shows: the marker and six random characters. */
    static final int SHOWN = SECRET_PREFIX.length() + 6;

    private final AccessTokenRepository tokens;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessTokenService(AccessTokenRepository tokens, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones too. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccessTokenView> mine() {
        return tokens.findByUserIdOrderByCreatedAtDesc(currentUser.require().id()).stream()
                .map(AccessToken::view).toList();
    }

    /** A new token of the signed-in user, valid to the end of {@code expiresOn} (Bangkok time). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NewAccessToken create(String name, LocalDate expiresOn) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ThaiDates.ZONE);
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new BusinessRuleException("token.error.name", NAME_MAX);
        }
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new BusinessRuleException("token.error.expiry", MAX_DAYS);
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        // hex: nothing a header, a spreadsheet cell or a field's clipped underscore could garble
        var secret = SECRET_PREFIX + HexFormat.of().formatHex(bytes);
        var token = tokens.save(new AccessToken(currentUser.require().id(), name.strip(), secret.substring(0, SHOWN),
                hash(secret), now, expiresOn.plusDays(1).atStartOfDay(ThaiDates.ZONE).toInstant()));
        audit.event(AuditAction.TOKEN_CREATE, "AccessToken", token.getId(), token.getPrefix() + "… " + name.strip());
        return new NewAccessToken(token.view(), secret);
    }

    /** Revokes one of the signed-in user's tokens; someone else's is "not found". */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long id) {
        var token = tokens.findById(id).filter(t -> t.getUserId() == currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("AccessToken", id));
        token.revokeAt(clock.instant());
        audit.event(AuditAction.TOKEN_REVOKE, "AccessToken", id, token.getPrefix() + "…");
    }

    /** SHA-256 of the secret, hex: the secret is 32 random bytes, so a plain hash is enough (no salt, no stretch). */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
