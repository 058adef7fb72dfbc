package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.FamilyCaseFixture.*;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.FamilyCaseCommand.TakeStep;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.ClosureStep.CloseCase;
import pl.asysta.cases.familycase.domain.ClosureStep.EndMonitoring;
import pl.asysta.cases.familycase.domain.ClosureStep.RecordMonitoringEntry;
import pl.asysta.cases.familycase.domain.ClosureStep.ReopenCase;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseReopened;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.MonitoringEnded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.MonitoringEntryRecorded;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.shared.Role;

/**
 * Closure with a reason opens a monitoring period (uwr art. 15 ust. 1 pkt 16) and frees a place in the
 * assistant's caseload; monitoring ends with an outcome; a closed case can be reopened.
 */
class ClosureAndMonitoringTest {

    final FamilyCaseFixture cases = new FamilyCaseFixture();

    static TakeStep close(int monitoringMonths, String summary, pl.asysta.shared.Actor actor) {
        return step(actor, new CloseCase(ClosureReason.GOALS_ACHIEVED, summary, TODAY.minusDays(2), monitoringMonths));
    }

    @Test
    void closure_opens_monitoring_and_frees_a_place_in_the_caseload() {
        cases.assistantWorksWithTheFamily();
        cases.fixture.given(active())
                .when(close(3, "Cele planu osiągnięte.", ASSISTANT))
                .expectEvents(closure());
        assertThat(cases.worksWithTheFamily(ASSISTANT)).isFalse();
    }

    @Test
    void monitoring_lasts_one_to_twelve_months() {
        cases.assistantWorksWithTheFamily();
        cases.fixture.given(active())
                .when(close(0, "Cele osiągnięte.", ASSISTANT))
                .expectException(refusedWith("case.monitoring-length"));
        assertThat(cases.worksWithTheFamily(ASSISTANT)).isTrue();
    }

    @Test
    void closure_has_a_summary() {
        cases.fixture.given(active())
                .when(close(3, " ", ASSISTANT))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void closure_is_not_dated_in_the_future() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new CloseCase(ClosureReason.MOVED_AWAY, "Wyprowadzka", TODAY.plusDays(1), 3)))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void a_closed_case_is_not_closed_again() {
        cases.fixture.given(inMonitoring())
                .when(close(3, "Jeszcze raz", ASSISTANT))
                .expectException(refusedWith("case.not-active"));
    }

    @Test
    void only_the_assigned_assistant_closes_the_case() {
        cases.fixture.given(active())
                .when(close(3, "Cele osiągnięte.", HEAD))
                .expectException(refusedWith("case.not-your-case"));
    }

    @Test
    void the_assistant_records_a_monitoring_entry() {
        cases.fixture.given(inMonitoring())
                .when(step(ASSISTANT, new RecordMonitoringEntry(TODAY, "Rozmowa telefoniczna, sytuacja stabilna.")))
                .expectEvents(new MonitoringEntryRecorded(CASE, TODAY, "Rozmowa telefoniczna, sytuacja stabilna.",
                        as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void monitoring_entries_belong_to_the_monitoring_period() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new RecordMonitoringEntry(TODAY, "Notatka")))
                .expectException(refusedWith("case.not-in-monitoring"));
    }

    @Test
    void a_monitoring_entry_is_not_dated_in_the_future() {
        cases.fixture.given(inMonitoring())
                .when(step(ASSISTANT, new RecordMonitoringEntry(TODAY.plusDays(1), "Notatka")))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void a_monitoring_entry_has_notes() {
        cases.fixture.given(inMonitoring())
                .when(step(ASSISTANT, new RecordMonitoringEntry(TODAY, "")))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void only_the_families_assistant_monitors() {
        cases.fixture.given(inMonitoring())
                .when(step(OTHER_ASSISTANT, new RecordMonitoringEntry(TODAY, "Notatka")))
                .expectException(refusedWith("case.not-your-case"));
    }

    @Test
    void monitoring_ends_with_an_outcome() {
        cases.fixture.given(inMonitoring())
                .when(step(ASSISTANT, new EndMonitoring(MonitoringOutcome.SITUATION_STABLE,
                        "Rodzina radzi sobie samodzielnie.")))
                .expectEvents(new MonitoringEnded(CASE, MonitoringOutcome.SITUATION_STABLE,
                        "Rodzina radzi sobie samodzielnie.", TODAY, as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void monitoring_that_ended_does_not_end_again() {
        cases.fixture.given(with(inMonitoring(), ended()))
                .when(step(ASSISTANT, new EndMonitoring(MonitoringOutcome.CONTACT_LOST, "")))
                .expectException(refusedWith("case.not-in-monitoring"));
    }

    @Test
    void only_the_families_assistant_ends_monitoring() {
        cases.fixture.given(inMonitoring())
                .when(step(SOCIAL_WORKER, new EndMonitoring(MonitoringOutcome.SITUATION_STABLE, "")))
                .expectException(refusedWith("case.not-your-case"));
    }

    @Test
    void the_social_worker_reopens_a_closed_case_which_returns_to_intake() {
        cases.fixture.given(with(inMonitoring(), ended()))
                .when(step(SOCIAL_WORKER, new ReopenCase("Ponowne zgłoszenie ze szkoły.")))
                .expectEvents(new CaseReopened(CASE, "Ponowne zgłoszenie ze szkoły.", TODAY,
                        as(SOCIAL_WORKER, Role.SOCIAL_WORKER)));
    }

    @Test
    void the_head_reopens_a_case_still_in_monitoring() {
        cases.fixture.given(inMonitoring())
                .when(step(HEAD, new ReopenCase("Pogorszenie sytuacji.")))
                .expectEvents(new CaseReopened(CASE, "Pogorszenie sytuacji.", TODAY, as(HEAD, Role.CENTRE_HEAD)));
    }

    @Test
    void an_open_case_is_not_reopened() {
        cases.fixture.given(active())
                .when(step(SOCIAL_WORKER, new ReopenCase("Powód")))
                .expectException(refusedWith("case.not-closed"));
    }

    @Test
    void a_reopening_gives_its_reason() {
        cases.fixture.given(inMonitoring())
                .when(step(SOCIAL_WORKER, new ReopenCase(" ")))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void the_assistant_does_not_reopen_a_case() {
        cases.fixture.given(inMonitoring())
                .when(step(ASSISTANT, new ReopenCase("Powód")))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    private static MonitoringEnded ended() {
        return new MonitoringEnded(CASE, MonitoringOutcome.SITUATION_STABLE, "", TODAY, as(ASSISTANT,
                Role.FAMILY_ASSISTANT));
    }
}
