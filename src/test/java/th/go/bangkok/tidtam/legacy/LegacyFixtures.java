package th.go.bangkok.tidtam.legacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two sample exports, and copies of them under codes no other test (or the demo data, whose serials are low)
 * uses, so every test imports a project of its own into the shared database.
 */
final class LegacyFixtures {

    static final String BANGKOK_NOI = "50200000-0157";
    static final String DEMENTIA = "10000000-3312";
    /** The training export: two-level targets, two reports in June, the office by its official name, CRLF. */
    static final String TRAINING = "03000000-1875";
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(5000, 8000));

    private LegacyFixtures() {
    }

    static String text(String code) throws IOException {
        return new String(LegacyParserTest.sample(code), StandardCharsets.UTF_8);
    }

    /** The sample's text under a fresh code of the same office, e.g. 50200000-6123. */
    static Copy copy(String code) throws IOException {
        var fresh = code.substring(0, 9) + SERIAL.incrementAndGet();
        return new Copy(fresh, text(code).replace(code, fresh));
    }

    record Copy(String code, String text) {

        byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        Copy replace(String from, String to) {
            if (!text.contains(from)) {
                throw new IllegalArgumentException("not in the sample: " + from);
            }
            return new Copy(code, text.replace(from, to));
        }
    }
}
