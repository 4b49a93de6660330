package th.go.bangkok.tidtam.base.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every log line of a request carries (issue #21, docs/decisions/0024): a request id (also sent back as
 * {@value #HEADER}), the address asked for and, once Spring Security knows them, the signed-in user's name. The UI
 * adds the route it navigates to and the error reference it shows to the user ({@link #ERROR_REFERENCE}). The
 * request id comes first of all filters, so every line of the request has it; the user once the session is read.
 */
@Configuration
public class RequestLogContext {

    public static final String REQUEST_ID = "requestId";
    public static final String USER = "user";
    public static final String ROUTE = "route";
    public static final String ERROR_REFERENCE = "errorReference";
    public static final String HEADER = "X-Request-Id";

    /** A proxy's own request id is kept when it looks like one (HAProxy's unique-id, say); anything else is replaced. */
    private static final Pattern PROXY_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                var given = request.getHeader(HEADER);
                var id = given != null && PROXY_ID.matcher(given).matches()
                        ? given : UUID.randomUUID().toString().substring(0, 13);
                response.setHeader(HEADER, id);
                MDC.put(REQUEST_ID, id);
                MDC.put(ROUTE, request.getRequestURI());
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(REQUEST_ID);
                    MDC.remove(ROUTE);
                    MDC.remove(USER);
                    MDC.remove(ERROR_REFERENCE);
                }
            }
        });
        registration.setName("requestId");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Puts the signed-in user's name into the log context. It runs inside Spring Security's chain, just after the
     * user is read from the session ({@code SecurityConfig}), so the chain's own lines (sign-out, refusals) carry it.
     */
    public static jakarta.servlet.Filter userFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication == null || !authentication.isAuthenticated()
                        || authentication instanceof AnonymousAuthenticationToken) {
                    chain.doFilter(request, response);
                    return;
                }
                // the name only: never the credentials or the token; removed here too, so a thread that ran the
                // security chain without the request-id filter around it (a test's MockMvc) keeps no one's name
                try (var user = MDC.putCloseable(USER, authentication.getName())) {
                    chain.doFilter(request, response);
                }
            }
        };
    }
}
