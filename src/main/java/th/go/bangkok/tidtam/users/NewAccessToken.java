package th.go.bangkok.tidtam.users;

/** A token just created, with its secret: shown to its owner once, then only its hash is left. */
public record NewAccessToken(AccessTokenView token, String secret) {
}
