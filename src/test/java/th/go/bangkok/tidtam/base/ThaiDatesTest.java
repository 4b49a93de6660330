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
    void a_short_date_shows_the_buddhist_year_day_first_with_two_digit_day_and_month() {
        assertThat(ThaiDates.formatShort(LocalDate.of(2021, 3, 31))).isEqualTo("31/03/2564");
        assertThat(ThaiDates.formatShort(LocalDate.of(2020, 10, 1))).isEqualTo("01/10/2563");
        assertThat(ThaiDates.formatShort(null)).isEmpty();
    }

    @Test
    void a_long_date_spells_the_thai_month_and_does_not_pad_the_day() {
        assertThat(ThaiDates.formatLong(LocalDate.of(2021, 1, 11))).isEqualTo("11 มกราคม 2564");
        assertThat(ThaiDates.formatLong(LocalDate.of(2020, 10, 1))).isEqualTo("1 ตุลาคม 2563");
        assertThat(ThaiDates.formatLong(LocalDate.of(2024, 2, 29))).isEqualTo("29 กุมภาพันธ์ 2567");
        assertThat(ThaiDates.formatLong(null)).isEmpty();
    }

    @Test
    void the_official_form_prints_the_long_date_in_thai_digits() {
        assertThat(ThaiDates.formatLongThaiDigits(LocalDate.of(2021, 1, 11))).isEqualTo("๑๑ มกราคม ๒๕๖๔");
        assertThat(ThaiDates.formatLongThaiDigits(LocalDate.of(2020, 10, 1))).isEqualTo("๑ ตุลาคม ๒๕๖๓");
        assertThat(ThaiDates.formatLongThaiDigits(null)).isEmpty();
    }

    @Test
    void the_long_date_in_thai_digits_is_the_long_date_with_its_digits_replaced_all_year_round() {
        for (var day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            assertThat(ThaiDates.formatLongThaiDigits(day)).as(day.toString())
                    .isEqualTo(ThaiDates.toThaiDigits(ThaiDates.formatLong(day)))
                    .doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void an_instant_is_shown_in_bangkok_time_seven_hours_ahead_of_utc() {
        assertThat(ThaiDates.formatDateTime(Instant.parse("2026-11-24T12:30:00Z"))).isEqualTo("24/11/2569 19:30");
        assertThat(ThaiDates.formatDateTime(Instant.parse("2026-11-24T19:30:00Z"))).isEqualTo("25/11/2569 02:30");
        assertThat(ThaiDates.formatDateTime(null)).isEmpty();
    }

    @Test
    void an_instant_late_on_new_years_eve_in_utc_is_already_the_next_buddhist_year_in_bangkok() {
        assertThat(ThaiDates.formatDateTime(Instant.parse("2020-12-31T16:59:00Z"))).isEqualTo("31/12/2563 23:59");
        assertThat(ThaiDates.formatDateTime(Instant.parse("2020-12-31T17:00:00Z"))).isEqualTo("01/01/2564 00:00");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"31/03/2564, 2021-03-31", "1/10/2563, 2020-10-01", "01/1/2564, 2021-01-01",
            "30/09/2564, 2021-09-30", "31/12/2563, 2020-12-31"})
    void a_buddhist_date_is_read_as_the_gregorian_date(String text, LocalDate expected) {
        assertThat(ThaiDates.parseShort(text)).isEqualTo(expected);
    }

    @Test
    void a_date_typed_in_thai_digits_is_read_like_one_in_arabic_digits() {
        assertThat(ThaiDates.parseShort("๓๑/๐๓/๒๕๖๔")).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(ThaiDates.parseShort("๑/๑๐/๒๕๖๓")).isEqualTo(LocalDate.of(2020, 10, 1));
    }

    @Test
    void spaces_around_a_typed_date_are_ignored() {
        assertThat(ThaiDates.parseShort(" 30/09/2564 ")).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(ThaiDates.parseShort("\t๓๐/๐๙/๒๕๖๔\n")).isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void the_29th_of_february_2563_exists_because_2020_is_a_leap_year() {
        assertThat(ThaiDates.parseShort("29/02/2563")).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(ThaiDates.parseShort("29/02/2567")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void the_29th_of_february_2564_does_not_exist_because_2021_is_not_a_leap_year() {
        assertErrorKey("29/02/2564", "error.date.invalid");
        assertErrorKey("29/02/2566", "error.date.invalid");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"31/02/2564, error.date.invalid", "31/04/2564, error.date.invalid", "00/01/2564, error.date.invalid",
            "32/01/2564, error.date.invalid", "15/13/2564, error.date.invalid", "15/00/2564, error.date.invalid",
            "2564-13-01, error.date.format", "31-03-2564, error.date.format", "31.03.2564, error.date.format",
            "31/03/64, error.date.format", "31/03/25640, error.date.format", "031/03/2564, error.date.format",
            "31/03/2564x, error.date.format", "abc, error.date.format", "๓๑/๐๓, error.date.format"})
    void a_typed_date_that_is_no_date_gives_an_error_naming_what_is_wrong(String text, String key) {
        assertErrorKey(text, key);
    }

    @Test
    void an_empty_date_is_its_own_error() {
        assertErrorKey(null, "error.date.empty");
        assertErrorKey("", "error.date.empty");
        assertErrorKey("   ", "error.date.empty");
    }

    @Test
    void the_error_message_quotes_what_was_typed() {
        assertThatThrownBy(() -> ThaiDates.parseShort("31/02/2564")).hasMessageContaining("'31/02/2564'");
    }

    @Test
    void every_day_of_seven_years_survives_a_round_trip_through_the_short_format() {
        for (var day = LocalDate.of(2019, 1, 1); day.getYear() < 2026; day = day.plusDays(1)) {
            var text = ThaiDates.formatShort(day);
            assertThat(ThaiDates.parseShort(text)).as(text).isEqualTo(day);
            assertThat(ThaiDates.parseShort(ThaiDates.toThaiDigits(text))).as(ThaiDates.toThaiDigits(text)).isEqualTo(day);
            assertThat(ThaiDates.parseIso(day.toString())).as(day.toString()).isEqualTo(day);
        }
    }

    @Test
    void a_typed_date_survives_a_round_trip_back_to_the_same_text() {
        assertThat(ThaiDates.formatShort(ThaiDates.parseShort("29/02/2563"))).isEqualTo("29/02/2563");
        assertThat(ThaiDates.formatShort(ThaiDates.parseShort("1/10/2563"))).isEqualTo("01/10/2563");
    }

    @Test
    void an_iso_date_of_the_legacy_export_is_read_as_gregorian() {
        assertThat(ThaiDates.parseIso("2020-10-22")).isEqualTo(LocalDate.of(2020, 10, 22));
        assertThat(ThaiDates.parseIso(" 2020-02-29 ")).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2021-13-01", "2021-02-29", "2021-04-31", "2021-1-01", "22/10/2563", "''"})
    void an_iso_date_that_is_no_date_is_refused_as_invalid(String text) {
        assertThatThrownBy(() -> ThaiDates.parseIso(text))
                .isInstanceOfSatisfying(ThaiDateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.date.invalid"));
    }

    @Test
    void a_missing_iso_date_is_refused_as_invalid() {
        assertThatThrownBy(() -> ThaiDates.parseIso(null))
                .isInstanceOfSatisfying(ThaiDateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.date.invalid"));
    }

    @Test
    void codes_are_printed_in_thai_digits_and_read_back_in_arabic() {
        assertThat(ThaiDates.toThaiDigits("7.3.1")).isEqualTo("๗.๓.๑");
        assertThat(ThaiDates.toThaiDigits("0123456789")).isEqualTo("๐๑๒๓๔๕๖๗๘๙");
        assertThat(ThaiDates.toArabicDigits("๗.๓.๑")).isEqualTo("7.3.1");
        assertThat(ThaiDates.toArabicDigits("๐๑๒๓๔๕๖๗๘๙")).isEqualTo("0123456789");
    }

    @Test
    void digit_conversion_leaves_everything_else_alone_and_round_trips() {
        var text = "โครงการ 03000000-2486 ปี 2564 (ok)";
        assertThat(ThaiDates.toThaiDigits(text)).isEqualTo("โครงการ ๐๓๐๐๐๐๐๐-๒๔๘๖ ปี ๒๕๖๔ (ok)");
        assertThat(ThaiDates.toArabicDigits(ThaiDates.toThaiDigits(text))).isEqualTo(text);
        assertThat(ThaiDates.toThaiDigits(null)).isEmpty();
        assertThat(ThaiDates.toArabicDigits(null)).isEmpty();
    }

    @Test
    void the_buddhist_year_is_the_gregorian_year_plus_543() {
        assertThat(ThaiDates.toBuddhistYear(2021)).isEqualTo(2564);
        assertThat(ThaiDates.toGregorianYear(2564)).isEqualTo(2021);
    }

    private static void assertErrorKey(String text, String key) {
        assertThatThrownBy(() -> ThaiDates.parseShort(text))
                .as("parseShort(%s)", text)
                .isInstanceOfSatisfying(ThaiDateException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
