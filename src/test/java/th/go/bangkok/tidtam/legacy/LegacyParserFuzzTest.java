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
        int withErrors = 0;
        for (int i = 0; i < cases; i++) {
            var bytes = LegacyMutations.mutate(samples[random.nextInt(samples.length)], random);
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
