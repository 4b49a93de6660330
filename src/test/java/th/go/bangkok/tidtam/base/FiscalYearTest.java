package th.go.bangkok.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @Test
    void fiscal_year_2564_starts_on_1_october_2020_and_ends_on_30_september_2021() {
        var fy = FiscalYear.of(2564);
        assertThat(fy.firstDay()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void the_30th_of_september_2021_is_in_fiscal_year_2564_and_the_1st_of_october_in_2565() {
        assertThat(FiscalYear.containing(LocalDate.of(2021, 9, 30))).isEqualTo(FiscalYear.of(2564));
        assertThat(FiscalYear.containing(LocalDate.of(2021, 10, 1))).isEqualTo(FiscalYear.of(2565));
    }

    @Test
    void the_turn_of_the_calendar_year_does_not_change_the_fiscal_year() {
        assertThat(FiscalYear.containing(LocalDate.of(2020, 12, 31))).isEqualTo(FiscalYear.of(2564));
        assertThat(FiscalYear.containing(LocalDate.of(2021, 1, 1))).isEqualTo(FiscalYear.of(2564));
    }

    @Test
    void the_29th_of_february_2024_is_in_fiscal_year_2567() {
        var leapDay = LocalDate.of(2024, 2, 29);
        assertThat(FiscalYear.containing(leapDay)).isEqualTo(FiscalYear.of(2567));
        assertThat(FiscalYear.of(2567).contains(leapDay)).isTrue();
        assertThat(FiscalYear.of(2566).contains(leapDay)).isFalse();
    }

    @Test
    void every_day_of_a_fiscal_year_is_contained_in_it_and_no_day_outside() {
        var fy = FiscalYear.of(2567);
        int days = 0;
        for (var day = fy.firstDay(); !day.isAfter(fy.lastDay()); day = day.plusDays(1)) {
            assertThat(FiscalYear.containing(day)).as(day.toString()).isEqualTo(fy);
            assertThat(fy.contains(day)).as(day.toString()).isTrue();
            days++;
        }
        assertThat(days).isEqualTo(366);
        assertThat(fy.contains(fy.firstDay().minusDays(1))).isFalse();
        assertThat(fy.contains(fy.lastDay().plusDays(1))).isFalse();
    }

    @Test
    void the_current_fiscal_year_follows_a_fixed_clock_in_bangkok_time() {
        var lateOnThe30th = Clock.fixed(Instant.parse("2021-09-30T16:59:59Z"), ThaiDates.ZONE);
        var firstOfOctober = Clock.fixed(Instant.parse("2021-09-30T17:00:00Z"), ThaiDates.ZONE);
        assertThat(FiscalYear.current(lateOnThe30th)).isEqualTo(FiscalYear.of(2564));
        assertThat(FiscalYear.current(firstOfOctober)).isEqualTo(FiscalYear.of(2565));
    }

    @Test
    void a_period_that_shares_a_single_day_with_the_year_overlaps_it() {
        var fy = FiscalYear.of(2564);
        assertThat(fy.overlaps(LocalDate.of(2021, 9, 30), LocalDate.of(2022, 3, 1))).isTrue();
        assertThat(fy.overlaps(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 10, 1))).isTrue();
    }

    @Test
    void a_period_inside_the_year_or_around_it_overlaps_it() {
        var fy = FiscalYear.of(2564);
        assertThat(fy.overlaps(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31))).isTrue();
        assertThat(fy.overlaps(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(fy.overlaps(fy.firstDay(), fy.lastDay())).isTrue();
    }

    @Test
    void a_period_entirely_before_or_after_the_year_does_not_overlap_it() {
        var fy = FiscalYear.of(2564);
        assertThat(fy.overlaps(LocalDate.of(2021, 10, 1), LocalDate.of(2022, 3, 1))).isFalse();
        assertThat(fy.overlaps(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 9, 30))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2021, 0, -2564, FiscalYear.MIN - 1, FiscalYear.MAX + 1})
    void a_fiscal_year_out_of_range_is_refused(int year) {
        assertThatThrownBy(() -> new FiscalYear(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Integer.toString(year));
    }

    @Test
    void the_first_and_last_years_of_the_range_are_accepted() {
        assertThat(FiscalYear.of(FiscalYear.MIN).buddhistYear()).isEqualTo(2500);
        assertThat(FiscalYear.of(FiscalYear.MAX).buddhistYear()).isEqualTo(2700);
        assertThatThrownBy(() -> FiscalYear.of(FiscalYear.MAX).next()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.of(FiscalYear.MIN).previous()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_next_and_previous_years_are_one_apart_and_in_order() {
        var fy = FiscalYear.of(2564);
        assertThat(fy.next()).isEqualTo(FiscalYear.of(2565));
        assertThat(fy.previous()).isEqualTo(FiscalYear.of(2563));
        assertThat(fy.next().firstDay()).isEqualTo(fy.lastDay().plusDays(1));
        assertThat(fy).isLessThan(fy.next()).isGreaterThan(fy.previous());
    }

    @Test
    void a_fiscal_year_prints_as_its_buddhist_year() {
        assertThat(FiscalYear.of(2564)).hasToString("2564");
    }
}
