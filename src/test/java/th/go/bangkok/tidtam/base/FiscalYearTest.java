package th.go.bangkok.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void fiscal_year_2564_runs_from_1_october_2020_to_30_september_2021() {
        var fy = FiscalYear.of(2564);
        assertThat(fy.firstDay()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void the_boundary_between_30_september_and_1_october_changes_the_year() {
        assertThat(FiscalYear.containing(LocalDate.of(2021, 9, 30))).isEqualTo(FiscalYear.of(2564));
        assertThat(FiscalYear.containing(LocalDate.of(2021, 10, 1))).isEqualTo(FiscalYear.of(2565));
        assertThat(FiscalYear.containing(LocalDate.of(2020, 12, 31))).isEqualTo(FiscalYear.of(2564));
        assertThat(FiscalYear.containing(LocalDate.of(2021, 1, 1))).isEqualTo(FiscalYear.of(2564));
    }

    @Test
    void the_29th_of_february_belongs_to_the_year_that_ends_that_september() {
        assertThat(FiscalYear.containing(LocalDate.of(2024, 2, 29))).isEqualTo(FiscalYear.of(2567));
        assertThat(FiscalYear.of(2567).contains(LocalDate.of(2024, 2, 29))).isTrue();
    }

    @Test
    void the_current_year_follows_the_clock_in_bangkok() {
        var lateOnThe30th = Clock.fixed(Instant.parse("2021-09-30T16:59:59Z"), ThaiDates.ZONE);
        var firstOfOctober = Clock.fixed(Instant.parse("2021-09-30T17:00:00Z"), ThaiDates.ZONE);
        assertThat(FiscalYear.current(lateOnThe30th).buddhistYear()).isEqualTo(2564);
        assertThat(FiscalYear.current(firstOfOctober).buddhistYear()).isEqualTo(2565);
    }

    @Test
    void a_period_overlaps_a_year_when_they_share_a_day() {
        var fy = FiscalYear.of(2564);
        assertThat(fy.overlaps(LocalDate.of(2021, 9, 30), LocalDate.of(2022, 3, 1))).isTrue();
        assertThat(fy.overlaps(LocalDate.of(2021, 10, 1), LocalDate.of(2022, 3, 1))).isFalse();
        assertThat(fy.overlaps(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 10, 1))).isTrue();
    }

    @Test
    void years_out_of_range_are_refused() {
        assertThatThrownBy(() -> FiscalYear.of(2021)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FiscalYear.of(2564).next()).isEqualTo(FiscalYear.of(2565));
        assertThat(FiscalYear.of(2564).previous()).isEqualTo(FiscalYear.of(2563));
    }
}
