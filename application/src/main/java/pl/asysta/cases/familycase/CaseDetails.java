package pl.asysta.cases.familycase;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * The header of a case page. Parts the actor may not see (by data category, docs/access-matrix.md) are empty or
 * {@code null}; {@code visibleCategories} says which categories they may see on this case, so a screen can
 * tell "nothing recorded" from "not yours to see". Fields of things that have not happened are {@code null}.
 *
 * @param consent         the family's consent, the last one recorded (BASIC work under uwr art. 8 ust. 3)
 * @param courtOrder      the last court order obliging the family to work with an assistant
 * @param supportCatalogue the "Za życiem" support catalogue as last drawn up with the family
 */
public record CaseDetails(CaseId caseId,
                          String familyName,
                          CaseStatus status,
                          InstitutionId centre,
                          List<MemberRow> members,
                          Address address,
                          Contact contact,
                          LegalBasisKind legalBasis,
                          ConsentRow consent,
                          CourtOrderRow courtOrder,
                          boolean assistantRequested,
                          UserId assistantId,
                          String assistantName,
                          LocalDate assistantSince,
                          UserId socialWorkerId,
                          String socialWorkerName,
                          int planVersion,
                          LocalDate lastAssessmentOn,
                          LocalDate nextAssessmentDue,
                          ClosureReason closureReason,
                          String closureSummary,
                          LocalDate closedOn,
                          LocalDate monitoringUntil,
                          MonitoringOutcome monitoringOutcome,
                          List<FosterPlacementRow> fosterPlacements,
                          ZaZyciemGround zaZyciemGround,
                          List<SupportItem> supportCatalogue,
                          Set<DataCategory> visibleCategories) {

    public CaseDetails {
        members = List.copyOf(members);
        fosterPlacements = List.copyOf(fosterPlacements);
        supportCatalogue = List.copyOf(supportCatalogue);
        visibleCategories = Set.copyOf(visibleCategories);
    }

    /** A family member with their age on the day of the query ({@code null} when the birth date is unknown). */
    public record MemberRow(String memberId, String firstName, String lastName, Kinship kinship,
                            LocalDate birthDate, Integer age) {
    }

    /** Who consented, when, on which document; {@code withdrawnOn} is set once the consent was withdrawn. */
    public record ConsentRow(String consentingPerson, LocalDate givenOn, String documentReference,
                             boolean inForce, LocalDate withdrawnOn) {
    }

    public record CourtOrderRow(String court, String fileReference, LocalDate issuedOn) {
    }

    /** A child of the family in foster care, with the PCPR coordinator the plan is coordinated with. */
    public record FosterPlacementRow(String memberId, String childName, LocalDate placedOn, String placement,
                                     UserId coordinatorId, String coordinatorName,
                                     String childAssistancePlanReference) {
    }
}
