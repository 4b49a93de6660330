package th.go.bangkok.tidtam.users;

import java.time.Instant;

/** A token as its owner's page lists it: never its secret, only the first characters to recognise it by. */
public record AccessTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                              Instant lastUsedAt, Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
