package th.go.bangkok.tidtam.security;

import java.util.Optional;

/** Checks a name and password against the city's directory (LDAP / Active Directory). */
interface DirectorySignIn {

    /**
     * The person the directory vouches for, or empty when the name is unknown there or the password wrong.
     *
     * @throws CityAccountsUnavailableException when the directory cannot be reached
     */
    Optional<ExternalIdentity> authenticate(String username, String password);
}
