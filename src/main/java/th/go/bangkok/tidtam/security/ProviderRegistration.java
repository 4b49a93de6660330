package th.go.bangkok.tidtam.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The portal's registration at the city's OpenID Connect provider ({@code spring.security.oauth2.client.registration.bma}),
 * read from the provider's discovery document at the first sign-in with it rather than at start-up, as Spring Boot
 * would: a provider that is down must not keep the portal (and its local accounts) from starting. Until the document
 * has been read, every sign-in with the provider tries again; one that fails is "unavailable".
 * See docs/decisions/0027-directory-and-oidc-sign-in.md.
 */
final class ProviderRegistration implements ClientRegistrationRepository {

    static final String ID = "bma";

    private static final Logger securityLog = LoggerFactory.getLogger("tidtam.security");

    private final OAuth2ClientProperties properties;
    private volatile ClientRegistration registration;

    ProviderRegistration(OAuth2ClientProperties properties) {
        if (!properties.getRegistration().containsKey(ID)) {
            throw new IllegalStateException("tidtam.oidc.enabled=true needs spring.security.oauth2.client.registration."
                    + ID + ".* (client id, secret, scopes) and spring.security.oauth2.client.provider." + ID
                    + ".issuer-uri; see README, \"Signing in with the city's accounts\"");
        }
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        var loaded = registration;
        if (loaded == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = load();
                }
                loaded = registration;
            }
        }
        return loaded;
    }

    private ClientRegistration load() {
        var single = new OAuth2ClientProperties();
        single.getRegistration().put(ID, properties.getRegistration().get(ID));
        properties.getProvider().forEach(single.getProvider()::put);
        try {
            return new OAuth2ClientPropertiesMapper(single).asClientRegistrations().get(ID);
        } catch (RuntimeException e) {
            securityLog.warn("Sign-in with the city's accounts impossible, the provider's configuration cannot be read: {}",
                    e.getMessage());
            throw new CityAccountsUnavailableException("OpenID Connect provider unavailable", e);
        }
    }
}
