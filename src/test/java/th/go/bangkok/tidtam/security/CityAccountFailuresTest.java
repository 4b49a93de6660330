package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.ResourceAccessException;

/**
 * What the sign-in page says when signing in with the city's OpenID Connect provider goes wrong: the provider down
 * (before the button leads anywhere, or behind the browser's back at the token endpoint), or refusing.
 */
class CityAccountFailuresTest {

    @Test
    void a_provider_that_cannot_be_reached_does_not_stop_the_portal_and_is_said_to_be_down_when_the_button_is_pressed()
            throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var properties = new OAuth2ClientProperties();
        var registration = new OAuth2ClientProperties.Registration();
        registration.setClientId("tidtam-portal");
        registration.setClientSecret("secret");
        properties.getRegistration().put("bma", registration);
        var provider = new OAuth2ClientProperties.Provider();
        provider.setIssuerUri("http://localhost:" + closed);
        properties.getProvider().put("bma", provider);

        var registrations = new ProviderRegistration(properties); // no call to the provider yet
        assertThatThrownBy(() -> registrations.findByRegistrationId("bma"))
                .isInstanceOfSatisfying(CityAccountsUnavailableException.class,
                        e -> assertThat(SecurityConfig.reason(e, true)).isEqualTo("directory-unavailable"));
        assertThat(registrations.findByRegistrationId("google")).isNull();
    }

    @Test
    void the_providers_failures_have_their_own_reasons_and_a_refusal_says_why() {
        var unreachable = new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response"), "no answer",
                new ResourceAccessException("I/O error on POST request", new java.net.ConnectException("refused")));
        assertThat(SecurityConfig.reason(unreachable, true)).isEqualTo("directory-unavailable");
        assertThat(SecurityConfig.reason(new OAuth2AuthenticationException(new OAuth2Error("access_denied")), true))
                .isEqualTo("oidc-error");
        assertThat(SecurityConfig.reason(new NoMappedGroupException("no mapped group"), true)).isEqualTo("unmapped");
        assertThat(SecurityConfig.reason(new DisabledException("disabled"), true)).isEqualTo("disabled");
        // the password form keeps its own word for anything else
        assertThat(SecurityConfig.reason(new org.springframework.security.authentication.BadCredentialsException("x"),
                false)).isEqualTo("error");
    }
}
