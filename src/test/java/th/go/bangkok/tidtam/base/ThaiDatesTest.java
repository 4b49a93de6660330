package th.go.bangkok.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.go.bangkok.tidtam.base.ThaiDates.ThaiDateException;

class ThaiDatesTest {

    @Test
    void dates_show_the_buddhist_year_day_first() {
        assertThat(ThaiDates.formatShort(LocalDate.of(2021, 3, 31))).isEqualTo("31/03/2564");
        assertThat(ThaiDates.formatLong(LocalDate.of(2021, 1, 11))).isEqualTo("11 มกราคม 2564");
        assertThat(ThaiDates.formatLongThaiDigits(LocalDate.of(2021, 1, 11))).isEqualTo("๑๑ มกราคม ๒๕๖๔");
        assertThat(ThaiDates.formatShort(null)).isEmpty();
    }

    @Test
    void an_instant_is_shown_in_bangkok_time() {
        assertThat(ThaiDates.formatDateTime(Instant.parse("2026-11-24T19:30:00Z"))).isEqualTo("25/11/2569 02:30");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"31/03/2564, 2021-03-31", "1/10/2563, 2020-10-01", "๓๑/๐๓/๒๕๖๔, 2021-03-31",
            "29/02/2563, 2020-02-29", " 30/09/2564 , 2021-09-30"})
    void buddhist_dates_are_read_back(String text, LocalDate expected) {
        assertThat(ThaiDates.parseShort(text)).isEqualTo(expected);
    }

    @Test
    void a_date_round_trips() {
        var date = LocalDate.of(2024, 2, 29);
        assertThat(ThaiDates.parseShort(ThaiDates.formatShort(date))).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"31/02/2564, error.date.invalid", "29/02/2564, error.date.invalid", "00/01/2564, error.date.invalid",
            "2564-13-01, error.date.format", "31-03-2564, error.date.format", "abc, error.date.format"})
    void bad_input_gives_a_clear_error(String text, String key) {
        assertThatThrownBy(() -> ThaiDates.parseShort(text))
                .isInstanceOfSatisfying(ThaiDateException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void an_empty_date_is_its_own_error() {
        assertThatThrownBy(() -> ThaiDates.parseShort("  "))
                .isInstanceOfSatisfying(ThaiDateException.class, e -> assertThat(e.messageKey()).isEqualTo("error.date.empty"));
    }

    @Test
    void iso_dates_of_the_legacy_export_are_strict() {
        assertThat(ThaiDates.parseIso("2020-10-22")).isEqualTo(LocalDate.of(2020, 10, 22));
        assertThatThrownBy(() -> ThaiDates.parseIso("2021-13-01")).isInstanceOf(ThaiDateException.class);
        assertThatThrownBy(() -> ThaiDates.parseIso("2021-02-29")).isInstanceOf(ThaiDateException.class);
    }

    @Test
    void codes_are_printed_in_thai_digits_and_read_in_arabic() {
        assertThat(ThaiDates.toThaiDigits("7.3.1")).isEqualTo("๗.๓.๑");
        assertThat(ThaiDates.toArabicDigits("๗.๓.๑")).isEqualTo("7.3.1");
        assertThat(ThaiDates.toBuddhistYear(2021)).isEqualTo(2564);
        assertThat(ThaiDates.toGregorianYear(2564)).isEqualTo(2021);
    }
}
