package th.go.bangkok.tidtam.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import th.go.bangkok.tidtam.users.AccessTokenAuthenticator;

/**
 * Reads {@code Authorization: Bearer <token>}: a valid token signs its owner in for this one request; an unknown,
 * revoked or expired one, or one whose owner is disabled, is a 401; past the token's rate, a 429 with Retry-After.
 * No header: the request goes on anonymous, and only the OpenAPI document lets it through.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokenAuthenticator tokens;
    private final ApiRateLimit rateLimit;

    BearerTokenFilter(AccessTokenAuthenticator tokens, ApiRateLimit rateLimit) {
        this.tokens = tokens;
        this.rateLimit = rateLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var found = tokens.authenticate(header.substring(BEARER.length()).strip(), request.getRemoteAddr());
        if (found.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ApiErrors.write(response, HttpStatus.UNAUTHORIZED, "invalid, revoked or expired token");
            return;
        }
        long wait = rateLimit.secondsToWait(found.get().tokenId());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
            ApiErrors.write(response, HttpStatus.TOO_MANY_REQUESTS, "too many requests");
            return;
        }
        var owner = found.get().owner();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null,
                owner.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
