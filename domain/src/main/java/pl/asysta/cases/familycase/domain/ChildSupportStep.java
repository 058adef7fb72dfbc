package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;
import java.util.List;

import pl.asysta.shared.UserId;

/** Support around the family's children: foster care and its coordinator, and "Za życiem" support. */
public sealed interface ChildSupportStep extends CaseStep {

    record RecordFosterCarePlacement(String childMemberId, LocalDate placedOn, String placement, UserId coordinator,
                                     String coordinatorName, String childAssistancePlanReference)
            implements ChildSupportStep {

        public StepKind stepKind() {
            return StepKind.FOSTER_CARE;
        }
    }

    record ConsultFosterCareCoordinator(String childMemberId, String note) implements ChildSupportStep {

        public StepKind stepKind() {
            return StepKind.COORDINATION;
        }
    }

    record StartZaZyciemSupport(ZaZyciemGround ground) implements ChildSupportStep {

        public StepKind stepKind() {
            return StepKind.ZA_ZYCIEM;
        }
    }

    record DrawUpSupportCatalogue(List<SupportItem> items) implements ChildSupportStep {

        public DrawUpSupportCatalogue {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public StepKind stepKind() {
            return StepKind.SUPPORT_CATALOGUE;
        }
    }
}
