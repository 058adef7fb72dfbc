package pl.asysta.cases.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The points of a case's history as an address names them: a day, an event position, or now. */
class HistoryPointTest {

    @Test
    void an_address_names_a_day_a_position_or_now_and_gets_the_same_name_back() {
        assertThat(HistoryPoint.parse("2026-03-01")).contains(HistoryPoint.endOf(LocalDate.of(2026, 3, 1)));
        assertThat(HistoryPoint.parse("1234")).contains(HistoryPoint.position(1234));
        assertThat(HistoryPoint.parse("NOW")).contains(HistoryPoint.latest());
        assertThat(HistoryPoint.endOf(LocalDate.of(2026, 3, 1)).token()).contains("2026-03-01");
        assertThat(HistoryPoint.position(1234).token()).contains("1234");
        assertThat(HistoryPoint.latest().token()).contains("now");
    }

    @Test
    void anything_else_names_no_point() {
        assertThat(HistoryPoint.parse("wczoraj")).isEmpty();
        assertThat(HistoryPoint.parse("0")).isEmpty();
        assertThat(HistoryPoint.parse("-5")).isEmpty();
        assertThat(HistoryPoint.parse("99999999999999999999999")).isEmpty();
        assertThat(HistoryPoint.parse("2026-02-30")).isEmpty();
        assertThat(HistoryPoint.parse(" ")).isEmpty();
        assertThat(HistoryPoint.at(Instant.parse("2026-03-01T10:00:00Z")).token()).isEmpty();
    }
}
