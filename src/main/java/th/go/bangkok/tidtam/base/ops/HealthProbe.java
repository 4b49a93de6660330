package th.go.bangkok.tidtam.base.ops;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * Docker's health check (see the Dockerfile): asks the readiness address on the management port and exits 0 when
 * it answers 200, 1 otherwise. The JRE image has neither curl nor wget, so this one class runs on its own, without
 * the application's class path, in a JVM of a few megabytes.
 */
public final class HealthProbe {

    private static final int TIMEOUT_MS = 4000;

    private HealthProbe() {
    }

    public static void main(String[] args) {
        var port = System.getenv().getOrDefault("TIDTAM_MANAGEMENT_PORT", "8081");
        var url = args.length > 0 ? args[0] : "http://localhost:" + port + "/actuator/health/readiness";
        System.exit(ready(url) ? 0 : 1);
    }

    public static boolean ready(String url) {
        try {
            var connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MS);
            connection.setReadTimeout(TIMEOUT_MS);
            // a 200 at the end of a redirect (to a sign-in page, say) is not the readiness answer
            connection.setInstanceFollowRedirects(false);
            try {
                return connection.getResponseCode() == HttpURLConnection.HTTP_OK;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }
}
