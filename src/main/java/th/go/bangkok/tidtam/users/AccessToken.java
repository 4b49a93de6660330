package th.go.bangkok.tidtam.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal access token of the read API: only the SHA-256 of its secret is kept, and the secret's first characters
 * so its owner can tell tokens apart (docs/decisions/0028-read-api-and-tokens.md).
 */
@Entity
@Table(name = "access_token")
class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {
    }

    AccessToken(long userId, String name, String prefix, String secretHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getPrefix() {
        return prefix;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void usedAt(Instant now) {
        lastUsedAt = now;
    }

    void revokeAt(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    AccessTokenView view() {
        return new AccessTokenView(id, name, prefix, createdAt, expiresAt, lastUsedAt, revokedAt);
    }
}
