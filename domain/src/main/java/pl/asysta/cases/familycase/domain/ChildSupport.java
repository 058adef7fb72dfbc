package pl.asysta.cases.familycase.domain;

import static pl.asysta.cases.access.domain.TeamRole.ASSISTANT;
import static pl.asysta.cases.access.domain.TeamRole.COORDINATOR;
import static pl.asysta.cases.access.domain.TeamRole.SOCIAL_WORKER;
import static pl.asysta.cases.familycase.domain.CaseRules.happenedNoLaterThanToday;
import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.util.List;
import java.util.Objects;

import pl.asysta.cases.familycase.domain.ChildSupportStep.ConsultFosterCareCoordinator;
import pl.asysta.cases.familycase.domain.ChildSupportStep.DrawUpSupportCatalogue;
import pl.asysta.cases.familycase.domain.ChildSupportStep.RecordFosterCarePlacement;
import pl.asysta.cases.familycase.domain.ChildSupportStep.StartZaZyciemSupport;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ChildPlacedInFosterCare;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FosterCareCoordinatorConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SupportCatalogueDrawnUp;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ZaZyciemSupportStarted;
import pl.asysta.shared.Author;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.Role;

/**
 * Support around the family's children. A child placed in foster care links the family plan with the child's
 * assistance plan and its coordinator (uwr art. 15 ust. 1 pkt 2): the coordinator named in the placement, and only
 * they, consult with the assistant on it. "Za życiem" support and its catalogue are drawn up with the assistant.
 */
final class ChildSupport {

    private ChildSupport() {
    }

    static Permission permission(StepKind kind, Situation now) {
        FamilyCaseState state = now.state();
        return switch (kind) {
            case FOSTER_CARE -> now.assignedAssistant().and(state.active(), "case.not-active")
                    .and(state.hasChildren(), "case.not-a-child-of-family");
            case COORDINATION -> coordination(now).and(state.active(), "case.not-active")
                    .and(state.childInFosterCare(), "case.no-child-in-foster-care");
            case ZA_ZYCIEM -> now.in(ASSISTANT, SOCIAL_WORKER).and(state.open(), "case.closed")
                    .and(!state.zaZyciem(), "case.za-zyciem-already");
            case SUPPORT_CATALOGUE -> now.assignedAssistant().and(state.active(), "case.not-active")
                    .and(state.zaZyciem(), "case.za-zyciem-not-started");
            default -> throw new IllegalArgumentException(kind + " is no step of child support");
        };
    }

    /** A coordinator of another family's child learns that this case is not theirs. */
    private static Permission coordination(Situation now) {
        Permission permission = now.in(ASSISTANT, COORDINATOR);
        if (!permission.granted() && now.actor().hasRole(Role.FOSTER_CARE_COORDINATOR)) {
            return Permission.refused("case.not-your-case");
        }
        return permission;
    }

    static List<FamilyCaseEvent> decide(ChildSupportStep step, Author author, Situation now) {
        FamilyCaseState state = now.state();
        return switch (step) {
            case RecordFosterCarePlacement placement -> {
                boolean aChild = state.member(placement.childMemberId()).filter(FamilyMember::isChild).isPresent();
                if (!aChild) {
                    throw new DomainRuleViolation("case.not-a-child-of-family");
                }
                happenedNoLaterThanToday(placement.placedOn(), now.today());
                required(placement.placement(), "placement");
                Objects.requireNonNull(placement.coordinator(), "coordinator");
                yield List.of(new ChildPlacedInFosterCare(state.caseId(), placement.childMemberId(),
                        placement.placedOn(), placement.placement(), placement.coordinator(),
                        placement.coordinatorName(), placement.childAssistancePlanReference(), author));
            }
            case ConsultFosterCareCoordinator consultation -> {
                if (state.member(consultation.childMemberId()).isEmpty()) {
                    throw new DomainRuleViolation("case.not-a-child-of-family");
                }
                required(consultation.note(), "note");
                yield List.of(new FosterCareCoordinatorConsulted(state.caseId(), consultation.childMemberId(),
                        consultation.note(), now.today(), author));
            }
            case StartZaZyciemSupport start ->
                    List.of(new ZaZyciemSupportStarted(state.caseId(), Objects.requireNonNull(start.ground()), author));
            case DrawUpSupportCatalogue catalogue -> {
                if (catalogue.items().isEmpty()) {
                    throw new DomainRuleViolation("case.catalogue-empty");
                }
                catalogue.items().forEach(item -> required(item.support(), "support"));
                yield List.of(new SupportCatalogueDrawnUp(state.caseId(), catalogue.items(), author));
            }
        };
    }
}
