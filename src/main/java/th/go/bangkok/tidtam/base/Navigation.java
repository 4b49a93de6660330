package th.go.bangkok.tidtam.base;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Addresses with query parameters, for the features' {@code *Navigation} classes, which alone build addresses
 * (issue #20): people bookmark them and scripts drive them, so each is written once. Relative to the portal's root,
 * as Vaadin's router and the notifications keep them.
 */
public final class Navigation {

    private Navigation() {
    }

    /** {@code path?name=value&…} in the map's order, values encoded; blank and null values left out. */
    public static String address(String path, Map<String, ?> query) {
        var parameters = query.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue().toString()))
                .collect(Collectors.joining("&"));
        return parameters.isEmpty() ? path : path + "?" + parameters;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
