package pl.asysta.cases.familycase;

import static pl.asysta.cases.familycase.FamilyCaseFixture.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.FamilyCaseCommand.TakeStep;
import pl.asysta.cases.familycase.domain.ChildSupportStep.ConsultFosterCareCoordinator;
import pl.asysta.cases.familycase.domain.ChildSupportStep.DrawUpSupportCatalogue;
import pl.asysta.cases.familycase.domain.ChildSupportStep.RecordFosterCarePlacement;
import pl.asysta.cases.familycase.domain.ChildSupportStep.StartZaZyciemSupport;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ChildPlacedInFosterCare;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FosterCareCoordinatorConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SupportCatalogueDrawnUp;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ZaZyciemSupportStarted;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.shared.Role;

/**
 * A child in foster care links the family plan with the child's assistance plan and its coordinator (uwr art. 15
 * ust. 1 pkt 2); a "Za życiem" family gets a support catalogue drawn up with the assistant.
 */
class FosterCareAndZaZyciemTest {

    final FamilyCaseFixture cases = new FamilyCaseFixture();

    static TakeStep placement(String memberId, java.time.LocalDate placedOn, String where,
                              pl.asysta.shared.Actor actor) {
        return step(actor, new RecordFosterCarePlacement(memberId, placedOn, where, COORDINATOR.userId(),
                COORDINATOR.displayName(), "PPD/7/2026"));
    }

    static ChildPlacedInFosterCare placed() {
        return new ChildPlacedInFosterCare(CASE, SON.memberId(), TODAY.minusDays(3), "Rodzina zastępcza Kowalskich",
                COORDINATOR.userId(), COORDINATOR.displayName(), "PPD/7/2026", as(ASSISTANT, Role.FAMILY_ASSISTANT));
    }

    @Test
    void the_assistant_records_a_child_placed_in_foster_care_with_its_coordinator() {
        cases.fixture.given(active())
                .when(placement(SON.memberId(), TODAY.minusDays(3), "Rodzina zastępcza Kowalskich", ASSISTANT))
                .expectEvents(placed());
    }

    @Test
    void only_a_child_of_the_family_is_placed() {
        cases.fixture.given(active())
                .when(placement(MOTHER.memberId(), TODAY, "Rodzina zastępcza", ASSISTANT))
                .expectException(refusedWith("case.not-a-child-of-family"));
    }

    @Test
    void a_placement_names_the_child_of_this_family() {
        cases.fixture.given(active())
                .when(placement("m-unknown", TODAY, "Rodzina zastępcza", ASSISTANT))
                .expectException(refusedWith("case.not-a-child-of-family"));
    }

    @Test
    void a_placement_is_not_dated_in_the_future() {
        cases.fixture.given(active())
                .when(placement(SON.memberId(), TODAY.plusDays(1), "Rodzina zastępcza", ASSISTANT))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void a_placement_says_where_the_child_lives() {
        cases.fixture.given(active())
                .when(placement(SON.memberId(), TODAY, " ", ASSISTANT))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void only_the_assigned_assistant_records_a_placement() {
        cases.fixture.given(active())
                .when(placement(SON.memberId(), TODAY, "Rodzina zastępcza", SOCIAL_WORKER))
                .expectException(refusedWith("case.not-your-case"));
    }

    @Test
    void no_placement_is_recorded_on_a_closed_case() {
        cases.fixture.given(inMonitoring())
                .when(placement(SON.memberId(), TODAY, "Rodzina zastępcza", ASSISTANT))
                .expectException(refusedWith("case.not-active"));
    }

    @Test
    void the_coordinator_notes_a_consultation_on_the_childs_plan() {
        cases.fixture.given(with(active(), placed()))
                .when(step(COORDINATOR, new ConsultFosterCareCoordinator(SON.memberId(),
                        "Plan dziecka zgodny z planem rodziny.")))
                .expectEvents(new FosterCareCoordinatorConsulted(CASE, SON.memberId(),
                        "Plan dziecka zgodny z planem rodziny.", TODAY, as(COORDINATOR, Role.FOSTER_CARE_COORDINATOR)));
    }

    @Test
    void the_assistant_notes_a_consultation_with_the_coordinator() {
        cases.fixture.given(with(active(), placed()))
                .when(step(ASSISTANT, new ConsultFosterCareCoordinator(SON.memberId(), "Ustalono kontakty z matką.")))
                .expectEvents(new FosterCareCoordinatorConsulted(CASE, SON.memberId(), "Ustalono kontakty z matką.",
                        TODAY, as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void a_consultation_concerns_a_member_of_this_family() {
        cases.fixture.given(with(active(), placed()))
                .when(step(COORDINATOR, new ConsultFosterCareCoordinator("m-unknown", "Notatka")))
                .expectException(refusedWith("case.not-a-child-of-family"));
    }

    @Test
    void a_consultation_note_says_something() {
        cases.fixture.given(with(active(), placed()))
                .when(step(COORDINATOR, new ConsultFosterCareCoordinator(SON.memberId(), "")))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void the_social_worker_does_not_note_coordinator_consultations() {
        cases.fixture.given(with(active(), placed()))
                .when(step(SOCIAL_WORKER, new ConsultFosterCareCoordinator(SON.memberId(), "Notatka")))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    @Test
    void no_coordinator_consultation_after_closure() {
        cases.fixture.given(with(active(), placed(), closure()))
                .when(step(COORDINATOR, new ConsultFosterCareCoordinator(SON.memberId(), "Notatka")))
                .expectException(refusedWith("case.not-active"));
    }

    @Test
    void the_assistant_starts_za_zyciem_support_for_a_child_with_a_severe_disability() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new StartZaZyciemSupport(ZaZyciemGround.CHILD_WITH_SEVERE_DISABILITY)))
                .expectEvents(new ZaZyciemSupportStarted(CASE, ZaZyciemGround.CHILD_WITH_SEVERE_DISABILITY,
                        as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void the_social_worker_starts_za_zyciem_support_for_a_pregnancy_at_intake() {
        cases.fixture.given(intake())
                .when(step(SOCIAL_WORKER, new StartZaZyciemSupport(ZaZyciemGround.PREGNANCY)))
                .expectEvents(new ZaZyciemSupportStarted(CASE, ZaZyciemGround.PREGNANCY,
                        as(SOCIAL_WORKER, Role.SOCIAL_WORKER)));
    }

    @Test
    void za_zyciem_support_starts_once() {
        cases.fixture.given(zaZyciem())
                .when(step(ASSISTANT, new StartZaZyciemSupport(ZaZyciemGround.PREGNANCY)))
                .expectException(refusedWith("case.za-zyciem-already"));
    }

    @Test
    void za_zyciem_support_does_not_start_on_a_closed_case() {
        cases.fixture.given(inMonitoring())
                .when(step(SOCIAL_WORKER, new StartZaZyciemSupport(ZaZyciemGround.PREGNANCY)))
                .expectException(refusedWith("case.closed"));
    }

    @Test
    void the_head_does_not_start_za_zyciem_support() {
        cases.fixture.given(active())
                .when(step(HEAD, new StartZaZyciemSupport(ZaZyciemGround.PREGNANCY)))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    @Test
    void the_assistant_draws_up_the_support_catalogue_with_the_family() {
        List<SupportItem> items = List.of(new SupportItem("Rehabilitacja ruchowa", "Przychodnia Zdrowie"),
                new SupportItem("Świadczenie jednorazowe 4000 zł", "Ośrodek Pomocy Społecznej"));
        cases.fixture.given(zaZyciem())
                .when(step(ASSISTANT, new DrawUpSupportCatalogue(items)))
                .expectEvents(new SupportCatalogueDrawnUp(CASE, items, as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void a_catalogue_belongs_to_a_za_zyciem_family() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new DrawUpSupportCatalogue(List.of(new SupportItem("Rehabilitacja",
                        "Przychodnia")))))
                .expectException(refusedWith("case.za-zyciem-not-started"));
    }

    @Test
    void a_catalogue_is_not_empty() {
        cases.fixture.given(zaZyciem())
                .when(step(ASSISTANT, new DrawUpSupportCatalogue(List.of())))
                .expectException(refusedWith("case.catalogue-empty"));
    }

    @Test
    void every_catalogue_entry_names_the_support() {
        cases.fixture.given(zaZyciem())
                .when(step(ASSISTANT, new DrawUpSupportCatalogue(List.of(new SupportItem(" ", "Przychodnia")))))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void only_the_assigned_assistant_draws_up_the_catalogue() {
        cases.fixture.given(zaZyciem())
                .when(step(SOCIAL_WORKER, new DrawUpSupportCatalogue(List.of(new SupportItem("Rehabilitacja",
                        "Przychodnia")))))
                .expectException(refusedWith("case.not-your-case"));
    }
}
