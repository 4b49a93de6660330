package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.base.ThaiDates;

/** A batch's warnings as another node reads them back from the database: the same text in either language. */
class ImportBatchRowsTest {

    @Test
    void warnings_read_back_say_the_same_in_thai_and_in_english() {
        var findings = List.of(
                Finding.warning(57, "rounded", "12.345", new BigDecimal("12.35")),
                Finding.warning(0, "sameMonth", 3, 2L, "มีนาคม"),
                Finding.warning(12, "ruleKept", new Finding.MessageKey("validation.tooLong")));
        var read = ImportBatchRows.findings(ImportBatchRows.warnings(findings));
        assertThat(read).hasSize(3);
        for (var locale : List.of(ThaiDates.THAI, Locale.ENGLISH)) {
            assertThat(read).extracting(f -> f.text(locale))
                    .containsExactlyElementsOf(findings.stream().map(f -> f.text(locale)).toList());
        }
        assertThat(read).extracting(Finding::line, Finding::severity, Finding::key)
                .containsExactlyElementsOf(findings.stream().map(f -> org.assertj.core.groups.Tuple.tuple(
                        f.line(), f.severity(), f.key())).toList());
    }

    @Test
    void no_warnings_read_back_as_none() {
        assertThat(ImportBatchRows.findings(ImportBatchRows.warnings(List.of()))).isEmpty();
    }
}
