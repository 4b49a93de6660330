package th.go.bangkok.tidtam.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in its own small Spring application on
 * its own free port (Tomcat and Spring Security only, none of the portal's configuration), with the portal as a
 * registered client (no consent screen), people with the claims the city's provider gives (name, e-mail, phone,
 * groups), Spring Security's own sign-in page, and RP-initiated logout. It answers at {@code localhost}, the portal
 * at {@code 127.0.0.1}, so the browser keeps the two sessions' cookies apart.
 */
public final class TestOidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "tidtam-portal";
    public static final String CLIENT_SECRET = "portal-secret-1";
    public static final String PASSWORD = "Provider-pass-1";

    private final ConfigurableApplicationContext context;
    private final State state;

    private TestOidcProvider(ConfigurableApplicationContext context, State state) {
        this.context = context;
        this.state = state;
    }

    public static TestOidcProvider start() {
        var state = new State();
        var builder = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .initializers(c -> c.getBeanFactory().registerSingleton("providerState", state))
                // none of the portal's application.properties: this is another system
                .properties("spring.config.location=optional:classpath:/no-such-config/",
                        "spring.main.banner-mode=off", "spring.jmx.enabled=false");
        // logging is the JVM's, set up by the portal's contexts: this one neither sets it up again nor cleans it up
        var application = builder.application();
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return new TestOidcProvider(builder.run(), state);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String issuer() {
        return "http://localhost:" + port();
    }

    /** Spring's client properties for the registration {@code bma}, for a test's property source. */
    public Map<String, String> clientProperties() {
        var prefix = "spring.security.oauth2.client.registration.bma.";
        return Map.of(prefix + "client-id", CLIENT_ID,
                prefix + "client-secret", CLIENT_SECRET,
                prefix + "scope", "openid,profile,email,phone",
                "spring.security.oauth2.client.provider.bma.issuer-uri", issuer());
    }

    /** The portal's address (scheme, host, port): where the provider sends people back to after sign-in and sign-out. */
    public void portalAt(String baseUrl) {
        state.portal.set(baseUrl);
    }

    /** A person who signs in at the provider with {@link #PASSWORD}; the ID token carries these claims. */
    public void person(String username, String fullName, String email, String phone, List<String> groups) {
        state.users.createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
        state.claims.put(username, Map.of("preferred_username", username, "name", fullName, "email", email,
                "phone_number", phone, "groups", groups));
    }

    @Override
    public void close() {
        context.close();
    }

    static final class State {
        final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        final Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();
        final AtomicReference<String> portal = new AtomicReference<>("http://127.0.0.1");
        final String clientId = UUID.randomUUID().toString();

        RegisteredClient client() {
            return RegisteredClient.withId(clientId)
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(portal.get() + "/login/oauth2/code/bma")
                    .postLogoutRedirectUri(portal.get() + "/")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .scope(OidcScopes.PHONE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }
    }

    /** Not a {@code @Configuration}: the portal's component scan, which reaches test classes, must not find it. */
    @EnableWebSecurity
    static class Provider {

        @Bean
        TomcatServletWebServerFactory webServer() {
            return new TomcatServletWebServerFactory(0);
        }

        /** Spring Boot's security auto-configuration would register the filter chain; nothing here does otherwise. */
        @Bean
        DelegatingFilterProxyRegistrationBean securityFilter() {
            return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        }

        /**
         * Spring Security's holder is one per JVM, and the portal started after this provider puts its own strategy in
         * it: the provider's filters (which keep the strategy they were built with) and the code that reads the holder
         * must still agree, so they all ask the holder's strategy of the moment.
         */
        @Bean
        static SecurityContextHolderStrategy contextHolder() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public java.util.function.Supplier<SecurityContext> getDeferredContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public void setDeferredContext(java.util.function.Supplier<SecurityContext> deferredContext) {
                    SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        /** Tomcat runs filters only for a request some servlet is mapped to: every endpoint here is a filter. */
        @Bean
        ServletRegistrationBean<jakarta.servlet.http.HttpServlet> nothingElse() {
            return new ServletRegistrationBean<>(new jakarta.servlet.http.HttpServlet() {
                @Override
                protected void service(jakarta.servlet.http.HttpServletRequest request,
                                       jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                    response.sendError(404);
                }
            }, "/");
        }

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                http.securityMatcher(server.getEndpointsMatcher());
                server.oidc(withDefaults());
            });
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
            http.oauth2ResourceServer(resource -> resource.jwt(withDefaults())); // the user-info endpoint
            http.exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
            http.formLogin(withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users(State providerState) {
            return providerState.users;
        }

        @Bean
        RegisteredClientRepository clients(State providerState) {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // Spring Authorization Server upgrades the secret's encoding after use: the client stays as built
                }

                @Override
                public RegisteredClient findById(String id) {
                    return providerState.clientId.equals(id) ? providerState.client() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? providerState.client() : null;
                }
            };
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(State providerState) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    var claims = providerState.claims.get(context.getPrincipal().getName());
                    if (claims != null) {
                        context.getClaims().claims(all -> all.putAll(claims));
                    }
                }
            };
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> keys() throws Exception {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        SessionRegistry sessionRegistry() {
            return new SessionRegistryImpl();
        }

        @Bean
        static HttpSessionEventPublisher sessionEvents() {
            return new HttpSessionEventPublisher();
        }
    }
}
