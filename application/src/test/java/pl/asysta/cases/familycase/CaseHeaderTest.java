package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.CaseDetails.MemberRow;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantReassigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantRequested;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseReopened;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ChildPlacedInFosterCare;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentWithdrawn;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CourtOrderRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SupportCatalogueDrawnUp;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ZaZyciemSupportStarted;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.Role;

/** The header of the case page and the head's list of families waiting for an assistant. */
class CaseHeaderTest extends CaseReadModelTest {

    @Test
    void the_header_shows_the_family_its_legal_basis_and_the_people_working_with_it() {
        CaseId caseId = newCaseId("header");
        List<Object> history = new ArrayList<>(assigned(caseId, "Lewandowscy", assistant, today().minusMonths(1)));
        history.add(new CourtOrderRecorded(caseId, "Sąd Rejonowy w Przykładowie", "III Nsm 12/26",
                today().minusDays(40), as(socialWorker, Role.SOCIAL_WORKER)));
        history.add(new ZaZyciemSupportStarted(caseId, ZaZyciemGround.CHILD_WITH_SEVERE_DISABILITY,
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new SupportCatalogueDrawnUp(caseId, List.of(new SupportItem("Rehabilitacja", "NFZ")),
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new SupportCatalogueDrawnUp(caseId, List.of(new SupportItem("Rehabilitacja", "NFZ"),
                new SupportItem("Wczesne wspomaganie", "Poradnia")), as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new ChildPlacedInFosterCare(caseId, "m2", today().minusDays(3), "Rodzina zastępcza Wójcików",
                coordinator.userId(), coordinator.displayName(), "PPD/3", as(assistant, Role.FAMILY_ASSISTANT)));
        recordAndProject(history.toArray());

        CaseDetails details = fileQueries.details(caseId, assistant).orElseThrow();
        assertThat(details.familyName()).isEqualTo("Lewandowscy");
        assertThat(details.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(details.members()).extracting(MemberRow::firstName, MemberRow::kinship, MemberRow::age)
                .containsExactly(tuple("Jan", Kinship.PARENT, 35),
                        tuple("Zofia", Kinship.CHILD, 7));
        assertThat(details.address().town()).isEqualTo("Przykładowo");
        assertThat(details.contact().phone()).isEqualTo("600100200");
        assertThat(details.legalBasis()).isEqualTo(LegalBasisKind.CONSENT_AND_COURT_ORDER);
        assertThat(details.consent().documentReference()).isEqualTo("ZG/1/Lewandowscy");
        assertThat(details.consent().inForce()).isTrue();
        assertThat(details.courtOrder().fileReference()).isEqualTo("III Nsm 12/26");
        assertThat(details.assistantName()).isEqualTo("Anna Asystentka");
        assertThat(details.assistantSince()).isEqualTo(today().minusMonths(1));
        assertThat(details.socialWorkerName()).isEqualTo("Beata Socjalna");
        assertThat(details.zaZyciemGround()).isEqualTo(ZaZyciemGround.CHILD_WITH_SEVERE_DISABILITY);
        assertThat(details.supportCatalogue()).extracting(SupportItem::support)
                .containsExactly("Rehabilitacja", "Wczesne wspomaganie");
        assertThat(details.fosterPlacements()).singleElement().satisfies(placement -> {
            assertThat(placement.childName()).isEqualTo("Zofia Lewandowscy");
            assertThat(placement.coordinatorName()).isEqualTo("Piotr Koordynator");
        });
        CaseSummary summary = workLists.casesFor(assistant).getFirst();
        assertThat(summary.zaZyciem()).isTrue();
        assertThat(summary.fosterCare()).isTrue();
    }

    @Test
    void withdrawn_consent_leaves_the_court_order_as_the_legal_basis() {
        CaseId caseId = newCaseId("withdrawn");
        List<Object> history = new ArrayList<>(assigned(caseId, "Mazurowie", assistant, today().minusMonths(1)));
        history.add(new CourtOrderRecorded(caseId, "Sąd Rejonowy", "III Nsm 1/26", today().minusDays(5),
                as(socialWorker, Role.SOCIAL_WORKER)));
        history.add(new ConsentWithdrawn(caseId, today(), "Rodzina nie chce współpracy",
                as(assistant, Role.FAMILY_ASSISTANT)));
        recordAndProject(history.toArray());

        CaseDetails details = fileQueries.details(caseId, assistant).orElseThrow();
        assertThat(details.legalBasis()).isEqualTo(LegalBasisKind.COURT_ORDER);
        assertThat(details.consent().inForce()).isFalse();
        assertThat(details.consent().withdrawnOn()).isEqualTo(today());
    }

    @Test
    void closure_opens_monitoring_and_a_reopened_case_returns_to_intake_without_an_assistant() {
        CaseId caseId = newCaseId("reopened");
        List<Object> history = new ArrayList<>(assigned(caseId, "Pawlakowie", assistant, today().minusMonths(8)));
        history.add(new AssistantReassigned(caseId, assistant.userId(), secondAssistant.userId(),
                secondAssistant.displayName(), today().minusMonths(4), "Urlop", as(head, Role.CENTRE_HEAD)));
        history.add(new CaseClosed(caseId, ClosureReason.GOALS_ACHIEVED, "Rodzina samodzielna",
                today().minusMonths(1), today().plusMonths(2), as(secondAssistant, Role.FAMILY_ASSISTANT)));
        recordAndProject(history.toArray());

        CaseDetails closed = fileQueries.details(caseId, secondAssistant).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.MONITORING);
        assertThat(closed.closureReason()).isEqualTo(ClosureReason.GOALS_ACHIEVED);
        assertThat(closed.closureSummary()).isEqualTo("Rodzina samodzielna");
        assertThat(closed.monitoringUntil()).isEqualTo(today().plusMonths(2));
        assertThat(fileQueries.details(caseId, assistant)).as("the first assistant handed the case over").isEmpty();

        recordAndProject(new CaseReopened(caseId, "Ponowne trudności", today(), as(head, Role.CENTRE_HEAD)));
        CaseDetails reopened = fileQueries.details(caseId, head).orElseThrow();
        assertThat(reopened.status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(reopened.assistantId()).isNull();
        assertThat(reopened.closureReason()).isNull();
        assertThat(fileQueries.details(caseId, secondAssistant)).isEmpty();
    }

    @Test
    void the_head_sees_requested_and_court_ordered_families_waiting_for_an_assistant() {
        CaseId requested = newCaseId("requested");
        CaseId courtOrdered = newCaseId("court-ordered");
        CaseId notRequested = newCaseId("not-requested");
        CaseId assigned = newCaseId("assigned");
        record(intake(requested, "Nowiccy").toArray());
        record(registered(courtOrdered, "Olszewscy", socialWorker), new CourtOrderRecorded(courtOrdered,
                "Sąd Rejonowy", "III Nsm 7/26", today(), as(socialWorker, Role.SOCIAL_WORKER)));
        record(registered(notRequested, "Rutkowscy", socialWorker));
        recordAndProject(assigned(assigned, "Sadowscy", assistant, today()).toArray());

        assertThat(workLists.awaitingAssignment(head))
                .extracting(AssignmentRequestRow::caseId, AssignmentRequestRow::courtOrdered,
                        AssignmentRequestRow::legalBasis)
                .containsExactly(
                        tuple(requested, false, LegalBasisKind.CONSENT),
                        tuple(courtOrdered, true, LegalBasisKind.COURT_ORDER));
        assertThat(workLists.awaitingAssignment(head).getFirst().justification())
                .isEqualTo("Trudności opiekuńczo-wychowawcze");
        assertThat(workLists.awaitingAssignment(foreignHead)).isEmpty();
        record(new AssistantRequested(notRequested, "Zaniedbania", as(socialWorker, Role.SOCIAL_WORKER)));
        awaitProjected();
        assertThat(workLists.awaitingAssignment(head)).hasSize(3);
    }
}
