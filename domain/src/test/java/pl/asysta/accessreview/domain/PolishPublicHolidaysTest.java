package pl.asysta.accessreview.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PolishPublicHolidaysTest {

    @Test
    void easter_and_the_feasts_that_move_with_it_fall_on_the_days_of_the_calendar() {
        assertThat(PolishPublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PolishPublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PolishPublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PolishPublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PolishPublicHolidays.of(2026)).contains(
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 24),
                LocalDate.of(2026, 6, 4));
    }

    @Test
    void a_year_has_fourteen_days_free_from_work_since_christmas_eve_became_one() {
        assertThat(PolishPublicHolidays.of(2024)).hasSize(13).doesNotContain(LocalDate.of(2024, 12, 24));
        assertThat(PolishPublicHolidays.of(2026)).hasSize(14).contains(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 3), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26));
    }

    @Test
    void an_ordinary_working_day_is_no_holiday() {
        assertThat(PolishPublicHolidays.isHoliday(LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(PolishPublicHolidays.isHoliday(LocalDate.of(2026, 11, 11))).isTrue();
    }

    @Test
    void the_holidays_of_a_period_spanning_new_year_come_from_both_years() {
        assertThat(PolishPublicHolidays.between(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 6)))
                .containsExactly(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6));
    }
}
