package th.go.bangkok.tidtam.users;

/** Whom a notification goes to: the account, its e-mail address (may be empty) and its language. */
public record Recipient(long userId, String email, String language) {
}
