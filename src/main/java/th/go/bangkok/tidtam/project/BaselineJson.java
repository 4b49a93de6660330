package th.go.bangkok.tidtam.project;

import tools.jackson.databind.json.JsonMapper;

/** A baseline as stored text (JSON), for kept versions and for the values a change request proposes. */
public final class BaselineJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BaselineJson() {
    }

    public static String write(Baseline baseline) {
        return JSON.writeValueAsString(baseline);
    }

    public static Baseline read(String text) {
        return JSON.readValue(text, Baseline.class);
    }
}
