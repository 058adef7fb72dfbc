package pl.asysta.accessreview.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.asysta.shared.Actor;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

class ReviewRulesTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final WorkingHours HOURS = WorkingHours.DEFAULT;

    @Test
    void a_read_from_seven_in_the_morning_to_just_before_eight_in_the_evening_on_a_working_day_is_within_hours() {
        assertThat(HOURS.outside(at("2026-11-23T07:00"))).isFalse();
        assertThat(HOURS.outside(at("2026-11-23T12:30"))).isFalse();
        assertThat(HOURS.outside(at("2026-11-23T19:59:59"))).isFalse();
    }

    @Test
    void a_read_before_seven_or_from_eight_in_the_evening_is_outside_hours() {
        assertThat(HOURS.outside(at("2026-11-23T06:59:59"))).isTrue();
        assertThat(HOURS.outside(at("2026-11-23T20:00"))).isTrue();
        assertThat(HOURS.outside(at("2026-11-23T23:45"))).isTrue();
    }

    @Test
    void saturdays_sundays_and_public_holidays_are_outside_hours_all_day_unless_switched_off() {
        assertThat(HOURS.outside(at("2026-11-21T10:00"))).as("Saturday").isTrue();
        assertThat(HOURS.outside(at("2026-11-22T10:00"))).as("Sunday").isTrue();
        assertThat(HOURS.outside(at("2026-11-11T10:00"))).as("Independence Day, a Wednesday").isTrue();

        WorkingHours everyDay = new WorkingHours(LocalTime.of(7, 0), LocalTime.of(20, 0), false, false);
        assertThat(everyDay.outside(at("2026-11-21T10:00"))).isFalse();
        assertThat(everyDay.outside(at("2026-11-11T10:00"))).isFalse();
        assertThat(everyDay.outside(at("2026-11-11T21:00"))).isTrue();
    }

    @Test
    void working_hours_must_start_before_they_end() {
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(20, 0), LocalTime.of(7, 0), true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_threshold_of_families_opened_without_a_task_is_reached_at_its_value_not_before() {
        ReviewRules rules = new ReviewRules(5, HOURS);

        assertThat(rules.tooManyWithoutTask(4)).isFalse();
        assertThat(rules.tooManyWithoutTask(5)).isTrue();
        assertThatThrownBy(() -> new ReviewRules(0, HOURS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_an_auditor_reviews_the_access_log() {
        assertThatCode(() -> ReviewRules.onlyAuditorsReview(actor(Role.AUDITOR))).doesNotThrowAnyException();
        for (Role role : Role.values()) {
            if (role != Role.AUDITOR) {
                assertThatThrownBy(() -> ReviewRules.onlyAuditorsReview(actor(role)))
                        .isInstanceOf(DomainRuleViolation.class)
                        .extracting(failure -> ((DomainRuleViolation) failure).messageKey())
                        .isEqualTo("review.auditors-only");
            }
        }
    }

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(WARSAW);
    }

    private static Actor actor(Role role) {
        return new Actor(new UserId("u-" + role), "Osoba " + role, Set.of(role), new InstitutionId("ops"));
    }
}
