package th.go.bangkok.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BahtTest {

    @Test
    void an_amount_in_thai_shows_thousands_separators_two_decimals_and_baht_in_thai() {
        assertThat(Baht.format(new BigDecimal("824000"))).isEqualTo("824,000.00 บาท");
        assertThat(Baht.format(new BigDecimal("824000"), ThaiDates.THAI)).isEqualTo("824,000.00 บาท");
    }

    @Test
    void an_amount_in_english_ends_in_baht() {
        assertThat(Baht.format(new BigDecimal("824000"), Locale.ENGLISH)).isEqualTo("824,000.00 Baht");
        assertThat(Baht.format(new BigDecimal("1250000.5"), Locale.UK)).isEqualTo("1,250,000.50 Baht");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0.005, 0.01", "0.004, 0.00", "0.0049999, 0.00", "2700.005, '2,700.01'", "1.115, 1.12",
            "-0.005, -0.01", "999.995, '1,000.00'"})
    void half_a_satang_rounds_up(String amount, String expected) {
        assertThat(Baht.formatAmount(new BigDecimal(amount))).isEqualTo(expected);
    }

    @Test
    void zero_baht_shows_two_zero_decimals() {
        assertThat(Baht.format(BigDecimal.ZERO)).isEqualTo("0.00 บาท");
        assertThat(Baht.format(new BigDecimal("0.000"), Locale.ENGLISH)).isEqualTo("0.00 Baht");
    }

    @Test
    void no_amount_shows_nothing() {
        assertThat(Baht.format(null)).isEmpty();
        assertThat(Baht.format(null, Locale.ENGLISH)).isEmpty();
        assertThat(Baht.formatAmount(null)).isEmpty();
    }

    @Test
    void the_largest_budget_is_printed_to_the_satang_without_losing_precision() {
        assertThat(Baht.format(Baht.MAX_BUDGET)).isEqualTo("100,000,000,000.00 บาท");
        assertThat(Baht.formatAmount(new BigDecimal("99999999999.99"))).isEqualTo("99,999,999,999.99");
    }
}
