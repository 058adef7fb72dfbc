package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.familycase.People.HEAD;
import static pl.asysta.cases.familycase.People.SOCIAL_WORKER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.time.ClockConfiguration;

/** The facade against the real event store: what a user of the portal would see happen. */
@SpringBootTest
class CaseCommandsTest {

    @Autowired
    CaseCommands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    Clock clock;

    LocalDate today;
    Journey journey;

    @BeforeEach
    void walk() {
        today = LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
        journey = new Journey(commands, today);
    }

    @Test
    void a_registered_family_is_stored_with_ids_for_every_member() {
        CaseId caseId = journey.awaitingAssignment("Nowak");

        FamilyRegistered registered = (FamilyRegistered) events(caseId).getFirst();
        assertThat(registered.members()).allSatisfy(member -> assertThat(member.memberId()).isNotBlank());
        assertThat(registered.members()).extracting(FamilyMember::firstName).containsExactly("Anna", "Ola");
        assertThat(registered.centre()).isEqualTo(People.CENTRE);
    }

    @Test
    void an_assigned_family_counts_in_the_assistants_caseload_until_the_case_is_closed() {
        Actor assistant = People.assistant("asystent-caseload-" + System.nanoTime());
        CaseId caseId = journey.assignedTo(assistant, "Wójcik");
        assertThat(caseloadEvents(assistant)).containsExactly("FamilyTakenOn");

        journey.close(caseId, assistant);

        assertThat(caseloadEvents(assistant)).containsExactly("FamilyTakenOn", "FamilyReleased");
        assertThat(events(caseId)).last().isInstanceOf(CaseClosed.class);
    }

    @Test
    void a_refused_command_reaches_the_user_as_the_domains_own_rule() {
        CaseId caseId = journey.awaitingAssignment("Kowalczyk");

        assertThatThrownBy(() -> commands.recordInterview(caseId, today.plusDays(1), "Wizyta jutro", List.of(),
                SOCIAL_WORKER))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("case.date-in-future"));
    }

    @Test
    void a_case_that_does_not_exist_is_reported_as_not_found() {
        assertThatThrownBy(() -> commands.requestAssistant(new CaseId("no-such-case"), "Wniosek", SOCIAL_WORKER))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("case.not-found"));
    }

    @Test
    void registering_a_second_family_under_a_taken_id_is_refused_as_changed_meanwhile() {
        CaseId caseId = journey.awaitingAssignment("Zając");

        assertThatThrownBy(() -> commands.registerFamily(caseId, "Zając", List.of(new FamilyMember(null, "Jan",
                "Zając", FamilyMember.Kinship.PARENT, null)), null, null, SOCIAL_WORKER))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("case.changed-meanwhile"));
    }

    @Test
    void reassignment_moves_the_family_from_one_caseload_to_the_other() {
        Actor first = People.assistant("asystent-a-" + System.nanoTime());
        Actor second = People.assistant("asystent-b-" + System.nanoTime());
        CaseId caseId = journey.assignedTo(first, "Krawczyk");

        commands.reassignAssistant(caseId, second.userId(), second.displayName(), "Urlop macierzyński",
                today, HEAD);

        assertThat(caseloadEvents(first)).containsExactly("FamilyTakenOn", "FamilyReleased");
        assertThat(caseloadEvents(second)).containsExactly("FamilyTakenOn");
    }

    private List<FamilyCaseEvent> events(CaseId caseId) {
        return eventStore.readEvents(caseId.value(), 0).asStream()
                .map(message -> (FamilyCaseEvent) message.getPayload()).toList();
    }

    private List<String> caseloadEvents(Actor assistant) {
        return eventStore.readEvents(assistant.userId().value(), 0).asStream()
                .map(message -> message.getPayloadType().getSimpleName()).toList();
    }
}
