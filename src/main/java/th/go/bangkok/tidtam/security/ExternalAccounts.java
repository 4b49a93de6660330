package th.go.bangkok.tidtam.security;

/**
 * The accounts of people vouched for by a directory or an OpenID Connect provider, created at their first sign-in and
 * brought up to date (name, contact, role and agency from their groups) at every one. Security calls no feature:
 * {@code users} provides this (docs/decisions/0023, 0027).
 */
public interface ExternalAccounts {

    /**
     * The account to sign in, created or updated from the identity.
     *
     * @throws NoMappedGroupException when none of the identity's groups is mapped to a role
     * @throws org.springframework.security.authentication.DisabledException when the account is disabled
     * @throws org.springframework.security.authentication.BadCredentialsException when the name belongs to an account
     *         of another source (a local account is never taken over by a directory's)
     */
    TidtamUser signIn(ExternalIdentity identity);
}
