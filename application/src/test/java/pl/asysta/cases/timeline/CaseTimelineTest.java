package pl.asysta.cases.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.CaseReadModelTest;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ChildPlacedInFosterCare;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FosterCareCoordinatorConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PeriodicAssessmentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionProgressed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/** The shared chronology of a case: newest first, filtered by category, type and author institution, paged. */
class CaseTimelineTest extends CaseReadModelTest {

    static final int VISITS = 25;

    CaseId caseId;

    @BeforeEach
    void aCaseWithAHistory() {
        caseId = newCaseId("timeline");
        List<Object> history = new ArrayList<>(assigned(caseId, "Górscy", assistant, today().minusMonths(3)));
        history.add(new WorkPlanAdopted(caseId, 1, "Poprawa opieki",
                List.of(action("a1", "Zapisać Zofię do poradni", today().plusDays(30))), today().minusMonths(2),
                as(assistant, Role.FAMILY_ASSISTANT)));
        for (int i = 0; i < VISITS; i++) {
            history.add(visit(caseId, "v" + i, today().minusDays(VISITS - i), "Wizyta nr " + i));
        }
        history.add(new PlanActionProgressed(caseId, "a1", "Termin w poradni ustalony", today().minusDays(1),
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new ChildPlacedInFosterCare(caseId, "m2", today().minusDays(1), "Rodzina zastępcza",
                coordinator.userId(), coordinator.displayName(), "PPD/1", as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new FosterCareCoordinatorConsulted(caseId, "m2", "Kontakty z matką co tydzień", today(),
                as(coordinator, Role.FOSTER_CARE_COORDINATOR)));
        history.add(new PeriodicAssessmentRecorded(caseId, today(), "Sytuacja się poprawia", "Wyraźne postępy", true,
                as(assistant, Role.FAMILY_ASSISTANT)));
        recordAndProject(history.toArray());
    }

    @Test
    void the_newest_entry_comes_first() {
        List<TimelineRow> all = timeline.page(caseId, TimelineFilter.ALL, 0, 1000, assistant);
        assertThat(all).hasSize(timelineSize());
        assertThat(all).extracting(TimelineRow::position).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(all.getFirst().type()).isEqualTo("PeriodicAssessmentRecorded");
        assertThat(all.getLast().type()).isEqualTo("FamilyRegistered");
        assertThat(all).extracting(TimelineRow::caseId).containsOnly(caseId);
    }

    @Test
    void pages_put_together_give_the_whole_timeline() {
        List<TimelineRow> all = timeline.page(caseId, TimelineFilter.ALL, 0, 1000, assistant);
        List<TimelineRow> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 7) {
            paged.addAll(timeline.page(caseId, TimelineFilter.ALL, offset, 7, assistant));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(timeline.count(caseId, TimelineFilter.ALL, assistant)).isEqualTo(all.size());
        assertThat(timeline.page(caseId, TimelineFilter.ALL, all.size(), 7, assistant)).isEmpty();
    }

    @Test
    void filtering_by_category_shows_only_that_category() {
        TimelineFilter visits = TimelineFilter.categories(DataCategory.VISITS);
        assertThat(timeline.page(caseId, visits, 0, 100, assistant))
                .hasSize(VISITS)
                .allSatisfy(row -> {
                    assertThat(row.category()).isEqualTo(DataCategory.VISITS);
                    assertThat(row.subject()).isEqualTo("HOME_VISIT");
                });
        assertThat(timeline.count(caseId, visits, assistant)).isEqualTo(VISITS);
        assertThat(timeline.page(caseId, visits, 0, 1, assistant).getFirst().text())
                .isEqualTo("Wizyta nr " + (VISITS - 1));
    }

    @Test
    void filtering_by_type_shows_only_those_entries() {
        TimelineFilter assignments = TimelineFilter.types("AssistantAssigned", "ConsentRecorded");
        assertThat(timeline.page(caseId, assignments, 0, 100, assistant))
                .extracting(TimelineRow::type, TimelineRow::subject)
                .containsExactly(
                        tuple("AssistantAssigned", "Anna Asystentka"),
                        tuple("ConsentRecorded", "Jan Górscy, ZG/1/Górscy"));
        assertThat(TimelineFilter.ENTRY_TYPES).contains("AssistantAssigned", "WorkDocumented", "CaseReopened");
    }

    @Test
    void filtering_by_author_institution_shows_what_that_institution_recorded() {
        assertThat(timeline.institutions(caseFiles.open(caseId, head).orElseThrow())).containsExactlyInAnyOrder(centre, pcpr);
        List<TimelineRow> fromPcpr = timeline.page(caseId, TimelineFilter.byInstitution(pcpr), 0, 100, head);
        assertThat(fromPcpr).singleElement().satisfies(row -> {
            assertThat(row.type()).isEqualTo("FosterCareCoordinatorConsulted");
            assertThat(row.authorName()).isEqualTo("Piotr Koordynator");
            assertThat(row.authorRole()).isEqualTo(Role.FOSTER_CARE_COORDINATOR);
            assertThat(row.subject()).isEqualTo("Zofia Górscy");
            assertThat(row.text()).isEqualTo("Kontakty z matką co tydzień");
        });
        assertThat(timeline.count(caseId,
                new TimelineFilter(Set.of(DataCategory.VISITS), Set.of(), pcpr), head)).isZero();
    }

    @Test
    void an_entry_about_a_plan_action_names_the_action() {
        assertThat(timeline.page(caseId, TimelineFilter.types("PlanActionProgressed"), 0, 10, assistant))
                .singleElement().satisfies(row -> {
                    assertThat(row.subject()).isEqualTo("Zapisać Zofię do poradni");
                    assertThat(row.text()).isEqualTo("Termin w poradni ustalony");
                    assertThat(row.occurredOn()).isEqualTo(today().minusDays(1));
                    assertThat(row.category()).isEqualTo(DataCategory.PLAN);
                });
    }

    @Test
    void an_entry_is_recorded_at_the_moment_of_its_event() {
        for (TimelineRow row : timeline.page(caseId, TimelineFilter.ALL, 0, 5, assistant)) {
            String stored = jdbc.queryForObject("select time_stamp from domain_event_entry where global_index = ?",
                    String.class, row.position());
            assertThat(row.recordedAt()).isEqualTo(Instant.parse(stored));
        }
    }

    private int timelineSize() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, caseId.value());
    }
}
