package th.go.bangkok.tidtam.security;

/**
 * What happened at the sign-in door, published for whoever keeps records (the audit trail listens): security
 * itself calls no other feature. {@code username} is the account's name, or the typed name cut to an account
 * name's length when it found none; {@code detail} says why a try failed.
 */
public record SignInEvent(Outcome outcome, String username, String clientAddress, String detail) {

    public enum Outcome {
        SUCCEEDED, FAILED, REFUSED_LOCKED, SIGNED_OUT
    }
}
