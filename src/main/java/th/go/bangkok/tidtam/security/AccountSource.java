package th.go.bangkok.tidtam.security;

/**
 * Where an account's identity is kept: the portal's own password (LOCAL), the city's directory (LDAP / Active
 * Directory) or the city's OpenID Connect sign-in service (OIDC). See docs/decisions/0027-directory-and-oidc-sign-in.md.
 */
public enum AccountSource {
    LOCAL, LDAP, OIDC
}
