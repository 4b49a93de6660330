package th.go.bangkok.tidtam.api;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import th.go.bangkok.tidtam.base.ops.RequestLogContext;
import th.go.bangkok.tidtam.users.AccessTokenAuthenticator;

/**
 * The read API's own filter chain, for {@code /api/**} only and ahead of Vaadin's (which never sees these requests):
 * a personal access token in the {@code Authorization: Bearer} header stands for its owner; no session, no cookie,
 * no CSRF (nothing a browser sends by itself), no sign-in form. GET only: any other method is refused (403, or 401
 * without a token). The OpenAPI document answers anyone. docs/decisions/0028-read-api-and-tokens.md
 */
@Configuration
class ApiSecurity {

    static final String API = "/api/**";
    static final String OPENAPI = "/api/v1/openapi";

    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AccessTokenAuthenticator tokens, Clock clock,
                                       @Value("${tidtam.api.requests-per-minute:60}") int perMinute) throws Exception {
        http.securityMatcher(API);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, OPENAPI, OPENAPI + "/**", OPENAPI + ".yaml").permitAll()
                .requestMatchers(HttpMethod.GET, API).authenticated()
                .anyRequest().denyAll());
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(csrf -> csrf.disable());
        http.formLogin(form -> form.disable());
        http.httpBasic(basic -> basic.disable());
        http.logout(logout -> logout.disable());
        http.requestCache(cache -> cache.disable());
        http.anonymous(anonymous -> { });
        http.addFilterBefore(new BearerTokenFilter(tokens, new ApiRateLimit(perMinute, clock)),
                AuthorizationFilter.class);
        http.addFilterAfter(RequestLogContext.userFilter(), BearerTokenFilter.class);
        http.exceptionHandling(handling -> handling
                .authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    ApiErrors.write(response, HttpStatus.UNAUTHORIZED, "a valid token is needed");
                })
                .accessDeniedHandler((request, response, e) ->
                        ApiErrors.write(response, HttpStatus.FORBIDDEN, "not permitted")));
        return http.build();
    }
}
