package th.go.bangkok.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BahtTest {

    @Test
    void money_shows_thousands_separators_two_decimals_and_the_unit() {
        assertThat(Baht.format(new BigDecimal("824000"))).isEqualTo("824,000.00 บาท");
        assertThat(Baht.format(new BigDecimal("1250000.5"), Locale.ENGLISH)).isEqualTo("1,250,000.50 Baht");
        assertThat(Baht.format(BigDecimal.ZERO)).isEqualTo("0.00 บาท");
        assertThat(Baht.formatAmount(new BigDecimal("2700.005"))).isEqualTo("2,700.01");
        assertThat(Baht.format(null)).isEmpty();
    }
}
