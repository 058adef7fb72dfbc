package pl.asysta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.CaseRules;
import pl.asysta.cases.CaseStatus;
import pl.asysta.cases.FamilyCase;
import pl.asysta.cases.FamilyCaseEvent;
import pl.asysta.shared.Actor;
import pl.asysta.time.ClockConfiguration;

/**
 * The demo gmina as a demo installation gets it at start-up: seeded once, through the commands, within the
 * statute's rules, with something for every start page to show.
 */
@SpringBootTest(properties = "asysta.demo-data=true")
class DemoGminaTest {

    @Autowired
    DemoGminaSeeder seeder;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void seeding_again_adds_nothing() {
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        assertThat(seeder.seedOnce()).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
        assertThat(events).isGreaterThan(DemoGmina.FAMILIES * 10L);
    }

    @Test
    void no_assistant_works_with_more_than_fifteen_families_and_anna_is_one_below_the_cap() {
        assertThat(activeFamilies(DemoGmina.ANNA)).isEqualTo(CaseRules.MAX_FAMILIES_PER_ASSISTANT - 1);
        assertThat(activeFamilies(DemoGmina.MAREK)).isEqualTo(5);
    }

    @Test
    void the_gmina_has_cases_at_every_stage_and_overdue_assessments() {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
        Map<CaseStatus, Integer> byStatus = new EnumMap<>(CaseStatus.class);
        List<FamilyCase> overdue = new ArrayList<>();
        for (int family = 1; family <= DemoGmina.FAMILIES; family++) {
            FamilyCase familyCase = FamilyCase.empty();
            eventStore.readEvents(DemoGmina.caseId(family).value(), 0).asStream()
                    .forEach(message -> familyCase.apply((FamilyCaseEvent) message.getPayload()));
            byStatus.merge(familyCase.status(), 1, Integer::sum);
            if (familyCase.nextAssessmentDue() != null
                    && CaseRules.assessmentOverdue(familyCase.nextAssessmentDue(), today)) {
                overdue.add(familyCase);
            }
        }

        assertThat(byStatus).containsEntry(CaseStatus.ACTIVE, 19).containsEntry(CaseStatus.INTAKE, 4)
                .containsEntry(CaseStatus.MONITORING, 2).containsEntry(CaseStatus.CLOSED, 1);
        assertThat(overdue).extracting(FamilyCase::familyName)
                .containsExactlyInAnyOrder("Krajewski", "Michalak", "Adamczyk", "Wasilewski");
    }

    private long activeFamilies(Actor assistant) {
        List<String> kinds = eventStore.readEvents(assistant.userId().value(), 0).asStream()
                .map(message -> message.getPayloadType().getSimpleName()).toList();
        return kinds.stream().filter("FamilyTakenOn"::equals).count()
                - kinds.stream().filter("FamilyReleased"::equals).count();
    }
}
