package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser on mutated samples (lines dropped, doubled, swapped or cut, characters replaced, bytes garbled):
 * whatever comes in, it answers with findings and never fails inside ("unreadable" would mean an exception got
 * through). {@code ./mvnw test -Pfuzz} runs 100,000 cases.
 */
class LegacyParserFuzzTest {

    @Test
    void mutated_exports_give_findings_never_an_internal_failure() throws Exception {
        int cases = Integer.getInteger("tidtam.fuzz.cases", 3_000);
        var samples = new String[] {
                new String(LegacyParserTest.sample("50200000-0157"), StandardCharsets.UTF_8),
                new String(LegacyParserTest.sample("10000000-3312"), StandardCharsets.UTF_8)};
        var random = new Random(20261128L);
        var alphabet = ":./?\t- 0123456789๐๑๒๓*รายงานครั้งที่ความก้าวหน้าของงานฯ=%บาท".toCharArray();
        int withErrors = 0;
        for (int i = 0; i < cases; i++) {
            var lines = new ArrayList<>(Arrays.asList(samples[random.nextInt(samples.length)].split("\n", -1)));
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
                int at = random.nextInt(lines.size());
                switch (random.nextInt(6)) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                    case 2 -> {
                        var line = lines.get(at);
                        lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                    }
                    case 3 -> {
                        var chars = lines.get(at).toCharArray();
                        if (chars.length > 0) {
                            chars[random.nextInt(chars.length)] = alphabet[random.nextInt(alphabet.length)];
                        }
                        lines.set(at, new String(chars));
                    }
                    case 4 -> lines.add(at, "**** แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ ****");
                    default -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
                }
            }
            var bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(20) == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            var result = LegacyParser.parse(bytes);
            var description = "case " + i;
            assertThat(result.findings()).as(description).noneMatch(f -> f.key().equals("unreadable"));
            assertThat(result.project()).as(description).isNotNull();
            if (result.hasErrors()) {
                withErrors++;
            }
        }
        assertThat(withErrors).as("the mutations do break files").isPositive();
    }
}
