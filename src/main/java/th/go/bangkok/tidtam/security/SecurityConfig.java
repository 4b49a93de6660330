package th.go.bangkok.tidtam.security;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import java.util.List;
import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import th.go.bangkok.tidtam.security.ui.LoginView;

/**
 * Views are guarded by Vaadin's navigation access control; services by method security (the real control).
 * See docs/decisions/0003-security.md.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** As tight as Vaadin Flow allows: its bootstrap needs inline scripts and eval, its components inline styles. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final Logger securityLog = LoggerFactory.getLogger("tidtam.security");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
                                            org.springframework.context.ApplicationEventPublisher events,
                                            RequestUtil vaadinRequests,
                                            org.springframework.beans.factory.ObjectProvider<OidcSignIn> cityAccounts,
                                            org.springframework.beans.factory.ObjectProvider<ClientRegistrationRepository>
                                                    registrations) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                // Vaadin would also exempt the sign-in form from Spring's CSRF check (login CSRF, issue #18): we keep
                // only its exemption of its own requests, which carry Vaadin's token; see below
                .enableCsrfConfiguration(false)
                // a mistyped address of a signed-in user reaches the router and gets the "not found" page,
                // instead of an empty 403 that the browser shows as its own error
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)
                .addLogoutHandler((request, response, authentication) -> {
                    if (authentication != null) {
                        securityLog.info("Signed out: user={}", authentication.getName());
                        events.publishEvent(new SignInEvent(SignInEvent.Outcome.SIGNED_OUT, authentication.getName(),
                                request.getRemoteAddr(), null));
                    }
                }));
        http.formLogin(form -> form.failureHandler(failureHandler(false)));
        var oidc = cityAccounts.getIfAvailable();
        if (oidc != null) {
            cityAccountSignIn(http, oidc, registrations.getObject());
        }
        // the signed-in user's name in every log line of the request, from here on (docs/decisions/0024)
        http.addFilterAfter(th.go.bangkok.tidtam.base.ops.RequestLogContext.userFilter(),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        // The sign-in form posts the token of the page it came from (the page carries it in <meta name="_csrf">,
        // Vaadin's login form copies it into the form): a post from another site has none and signs no one in.
        // docs/decisions/0020-sign-in-identity-and-login-form.md
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(handling -> handling.defaultAccessDeniedHandlerFor(
                signInWithoutToken(), PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/fonts/**", "/icons/**").permitAll());
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/" + SecurityNavigation.login("expired")));
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    // Vaadin serves pages through a forward that commits the response behind the filter's back:
                    // write the headers before the request goes on, or pages would leave without them.
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .contentTypeOptions(withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Vaadin's view access check, as Vaadin builds it, but with a role check that reads the signed-in user's
     * authorities: Vaadin's own looks its role prefix up through a service loader that searches the class path on
     * every navigation (3.5 % of a page open's CPU and 750 MB of garbage a minute at month's end, issue #17).
     */
    @Bean
    @org.springframework.context.annotation.Primary
    NavigationAccessControl authoritiesNavigationAccessControl(List<NavigationAccessChecker> checkers,
                                                               NavigationAccessControlConfigurer configurer) {
        return configurer.build(th.go.bangkok.tidtam.security.ui.AuthoritiesAccessControl::new, checkers);
    }

    /**
     * The button "sign in with your Bangkok account", when {@code tidtam.oidc.enabled} (docs/decisions/0027): Spring's
     * OpenID Connect sign-in with our user service, its failures sent back to the sign-in page with a reason, and a
     * sign-out that also ends the provider's session when the provider says where (its {@code end_session_endpoint}).
     */
    private static void cityAccountSignIn(HttpSecurity http, OidcSignIn oidc, ClientRegistrationRepository registration)
            throws Exception {
        var failures = failureHandler(true);
        http.oauth2Login(login -> login
                // our sign-in page, not Spring's (which with one provider would send everyone straight to it)
                .loginPage("/" + SecurityNavigation.LOGIN)
                .clientRegistrationRepository(registration)
                // the provider's tokens are not used after sign-in: kept in the session, gone with it
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidc))
                .failureHandler(failures)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    // a provider that cannot be reached when the button is pressed: the page says so, not a 500
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failures);
                        return filter;
                    }
                }));
        var signOut = new OidcClientInitiatedLogoutSuccessHandler(registration);
        // where the provider sends the browser back to; without an end_session_endpoint (and for the portal's own
        // accounts) this handler sends to the start page, as Vaadin's own does
        signOut.setPostLogoutRedirectUri("{baseUrl}/");
        signOut.setRedirectStrategy(new com.vaadin.flow.spring.security.UidlRedirectStrategy());
        http.setSharedObject(LogoutSuccessHandler.class, signOut);
    }

    /**
     * Sends a refused sign-in back to the sign-in page with the reason it shows; {@code cityAccount} for the OpenID
     * Connect sign-in, whose other failures (the provider's errors, a name the portal cannot take) are "oidc-error".
     */
    static AuthenticationFailureHandler failureHandler(boolean cityAccount) {
        return (request, response, exception) -> {
            var reason = reason(exception, cityAccount);
            if (cityAccount) {
                securityLog.warn("Sign-in with the city's accounts failed: reason={} ({}) address={}", reason,
                        exception.getMessage(), request.getRemoteAddr());
            }
            response.sendRedirect(request.getContextPath() + "/" + SecurityNavigation.login(reason));
        };
    }

    static String reason(AuthenticationException exception, boolean cityAccount) {
        if (cityAccountsUnreachable(exception)) {
            // the directory or the OpenID Connect provider is down: local accounts still sign in
            return "directory-unavailable";
        }
        return switch (exception) {
            case LoginThrottledException ignored -> "locked";
            // the provider says "disabled" only to the right password; a wrong one is an "error" like any other
            case DisabledException ignored -> "disabled";
            // the directory knows them, but no group of theirs is mapped to a role (docs/decisions/0027)
            case NoMappedGroupException ignored -> "unmapped";
            // more sign-ins wait for their password check than may wait at once (PasswordChecks, decision 0032)
            case SignInsBusyException ignored -> "busy";
            // the accounts could not be read: the database is down, which the page says (issue #21)
            case org.springframework.security.authentication.AuthenticationServiceException ignored -> "unavailable";
            default -> cityAccount ? "oidc-error" : "error";
        };
    }

    /** Ours, or Spring's OpenID Connect client failing to talk to the provider (its token or user-info endpoint). */
    private static boolean cityAccountsUnreachable(Throwable exception) {
        for (var cause = exception; cause != null; cause = cause.getCause()) {
            // our own database failing under the account's lookup (its driver's broken socket is an IOException too)
            if (cause instanceof java.sql.SQLException || cause instanceof org.springframework.dao.DataAccessException
                    || cause instanceof org.springframework.transaction.TransactionException) {
                return false;
            }
            if (cause instanceof CityAccountsUnavailableException
                    || cause instanceof org.springframework.web.client.ResourceAccessException
                    || cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sign-in without a valid token is refused; the browser is sent back to a fresh sign-in page, since the honest
     * cause is a sign-in page older than its session (left open over a restart, say).
     */
    private static AccessDeniedHandler signInWithoutToken() {
        var fallback = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (exception instanceof CsrfException) {
                securityLog.warn("Sign-in refused, no valid CSRF token: origin={} address={}",
                        request.getHeader("Origin"), request.getRemoteAddr());
                response.sendRedirect(request.getContextPath() + "/" + SecurityNavigation.login("expired"));
            } else {
                fallback.handle(request, response, exception);
            }
        };
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                  LoginThrottle throttle,
                                                  org.springframework.context.ApplicationEventPublisher events,
                                                  @org.springframework.beans.factory.annotation.Value(
                                                          "${tidtam.auth.local.enabled:true}") boolean localEnabled,
                                                  org.springframework.beans.factory.ObjectProvider<DirectorySignIn> directory,
                                                  ExternalAccounts externalAccounts) {
        // local accounts, and the city's directory beside them when tidtam.ldap.enabled (docs/decisions/0027)
        return new ThrottlingAuthenticationProvider(users, encoder, throttle, events, localEnabled,
                directory.getIfAvailable(), externalAccounts);
    }

    /**
     * No Micrometer observation around each of the chain's filters, each sign-in and each method-security check: with
     * the actuator on the class path Spring Security would time every one of some fifteen filters of every request,
     * 8 % of the server's CPU at month's end outside the password hashing (issue #17, profiled), for meters nobody
     * reads. The portal's own timers (page opens, UIDL, decision 0024) and Spring's per-request one stay.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings noSecurityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /**
     * bcrypt at its strength, on one low-priority thread per core: sign-ins take the CPU that requests leave, and at
     * most as many wait as leaves the request threads their pages (docs/decisions/0032).
     */
    @Bean
    PasswordEncoder passwordEncoder(@org.springframework.beans.factory.annotation.Value(
            "${server.tomcat.threads.max:200}") int requestThreads) {
        return new PasswordChecks(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Runtime.getRuntime().availableProcessors(), PasswordChecks.mostWaiting(requestThreads),
                java.time.Duration.ofSeconds(30));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
