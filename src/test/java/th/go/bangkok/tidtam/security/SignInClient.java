package th.go.bangkok.tidtam.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as the server sees it, without the browser: a real HTTP client with its own cookies, no redirects
 * followed, and its own client address (sent as a trusted proxy would, so one test's failed sign-ins do not lock
 * another test's address).
 */
public final class SignInClient {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final int port;
    private final HttpClient http;
    final String address = "10.77." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);

    public SignInClient(int port) {
        this.port = port;
        var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    /** Opens the sign-in page and posts its form as the page's own script does (with the page's CSRF token). */
    public HttpResponse<String> signIn(String username, String password) {
        var page = get("/login");
        var meta = META.matcher(page.body()).results()
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2), (a, b) -> a));
        var form = new LinkedHashMap<String, String>();
        form.put("username", username);
        form.put("password", password);
        if (meta.containsKey("_csrf_parameter") && meta.containsKey("_csrf")) {
            form.put(meta.get("_csrf_parameter"), meta.get("_csrf"));
        }
        return post("/login", form, "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin");
    }

    HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Where the server sent us after a sign-in: "/login?error", "/login?locked", "/" … (path and query). */
    static String redirect(HttpResponse<?> response) {
        var location = response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
        var uri = URI.create(location);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** Whether this client's session is signed in: the start page answers instead of sending it to sign in. */
    boolean signedIn() {
        var home = get("/");
        return home.statusCode() == 200 && home.headers().firstValue("Location").isEmpty();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
