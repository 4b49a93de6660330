package th.go.bangkok.tidtam.security;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The actuator's endpoints (issue #21, docs/decisions/0024). On their own management port
 * ({@code management.server.port}, reached from the internal network only: the proxy, Docker, Prometheus)
 * {@code health} and {@code prometheus} answer anyone, and nothing else is exposed; the public port has none of
 * them. Should someone put them on the public port, they answer administrators only.
 */
@Configuration
class ManagementSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain managementFilterChain(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        if (ownPort) {
            // every request to that port, also to endpoints that are not there (no sign-in page to send them to)
            http.securityMatcher(ManagementSecurity::onManagementPort);
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers(EndpointRequest.to("health", "prometheus")).permitAll()
                    .anyRequest().denyAll());
            // probes and scrapes: no session, no cookie, nothing to forge (the endpoints only read)
            http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            http.csrf(csrf -> csrf.disable());
        } else {
            http.securityMatcher(EndpointRequest.toAnyEndpoint());
            // the administrator's own signed-in session, read from the public port's session
            http.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN.name()));
        }
        http.requestCache(cache -> cache.disable());
        return http.build();
    }

    private static boolean onManagementPort(HttpServletRequest request) {
        var context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return WebServerApplicationContext.hasServerNamespace(context, "management");
    }
}
