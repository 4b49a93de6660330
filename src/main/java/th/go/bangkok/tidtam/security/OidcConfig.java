package th.go.bangkok.tidtam.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Sign-in with the city's OpenID Connect provider, only when {@code tidtam.oidc.enabled=true}: the provider is the
 * registration {@code bma} of Spring's {@code spring.security.oauth2.client.*} properties, the groups come from the
 * claim {@code tidtam.oidc.groups-claim}. SecurityConfig adds the sign-in to the filter chain when these beans are
 * there (docs/decisions/0027-directory-and-oidc-sign-in.md).
 */
@Configuration
@ConditionalOnProperty(name = "tidtam.oidc.enabled", havingValue = "true")
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class OidcConfig {

    /** Ours rather than Spring Boot's, which reads the provider at start-up and fails the start when it is down. */
    @Bean
    ClientRegistrationRepository cityAccountsRegistration(OAuth2ClientProperties properties) {
        return new ProviderRegistration(properties);
    }

    @Bean
    OidcSignIn oidcSignIn(ExternalAccounts accounts, ApplicationEventPublisher events,
                          @Value("${tidtam.oidc.groups-claim:groups}") String groupsClaim) {
        return new OidcSignIn(accounts, events, groupsClaim);
    }
}
