package pl.asysta.cases.court.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A request is flagged while the court still waits: a week before its deadline, and once it has passed. */
class OpinionDeadlineTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void a_deadline_within_seven_days_is_near() {
        assertThat(CourtOpinionRequest.dueSoon(OpinionStatus.REQUESTED, TODAY, TODAY)).isTrue();
        assertThat(CourtOpinionRequest.dueSoon(OpinionStatus.DRAFTING, TODAY.plusDays(7), TODAY)).isTrue();
        assertThat(CourtOpinionRequest.dueSoon(OpinionStatus.SUBMITTED, TODAY.plusDays(8), TODAY)).isFalse();
        assertThat(CourtOpinionRequest.overdue(OpinionStatus.SUBMITTED, TODAY.plusDays(7), TODAY)).isFalse();
    }

    @Test
    void a_deadline_that_passed_is_overdue_until_the_opinion_is_delivered() {
        assertThat(CourtOpinionRequest.overdue(OpinionStatus.RETURNED, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(CourtOpinionRequest.dueSoon(OpinionStatus.RETURNED, TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(CourtOpinionRequest.overdue(OpinionStatus.DELIVERED, TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(CourtOpinionRequest.overdue(OpinionStatus.WITHDRAWN, TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(CourtOpinionRequest.dueSoon(OpinionStatus.DELIVERED, TODAY, TODAY)).isFalse();
    }
}
