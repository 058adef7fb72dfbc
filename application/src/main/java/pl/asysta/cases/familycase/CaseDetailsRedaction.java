package pl.asysta.cases.familycase;

import java.util.List;
import java.util.Set;

import pl.asysta.shared.DataCategory;

/**
 * What a reader sees of a case file's header: the header as the read model holds it, with every part of a data
 * category they may not read emptied (ADR 0011). Family composition, contact and the closure are BASIC, the
 * court order and foster placements COURT, the consent CONSENT, "Za życiem" HEALTH, the support catalogue
 * SUPPORT, the plan's version PLAN and the assessments ASSESSMENT. The family's name, the case's status, its
 * centre, its legal basis and the people working with it identify the case and always show.
 *
 * <p>A pure step: the query reads and maps, this decides. The query also asks it which parts are worth reading
 * at all ({@link Part#readableWith}), so a part the reader may not see is not fetched.
 */
public final class CaseDetailsRedaction {

    /** The parts of the header that carry a data category of their own. */
    public enum Part {
        COMPOSITION(DataCategory.BASIC),
        CONTACT(DataCategory.BASIC),
        CLOSURE(DataCategory.BASIC),
        CONSENT(DataCategory.CONSENT),
        COURT_ORDER(DataCategory.COURT),
        FOSTER_PLACEMENTS(DataCategory.COURT),
        ZA_ZYCIEM(DataCategory.HEALTH),
        SUPPORT_CATALOGUE(DataCategory.SUPPORT),
        PLAN_VERSION(DataCategory.PLAN),
        ASSESSMENT(DataCategory.ASSESSMENT);

        private final DataCategory category;

        Part(DataCategory category) {
            this.category = category;
        }

        public DataCategory category() {
            return category;
        }

        /** Whether a reader of these categories sees this part. */
        public boolean readableWith(Set<DataCategory> readable) {
            return readable.contains(category);
        }
    }

    private CaseDetailsRedaction() {
    }

    /**
     * The header as a reader of {@code readable} sees it: hidden parts are empty lists, {@code null} or, for the
     * plan's version, 0 (no plan), and {@code visibleCategories} is {@code readable}, so a screen can tell
     * "nothing recorded" from "not yours to see".
     */
    public static CaseDetails redact(CaseDetails full, Set<DataCategory> readable) {
        boolean contact = Part.CONTACT.readableWith(readable);
        boolean closure = Part.CLOSURE.readableWith(readable);
        boolean assessment = Part.ASSESSMENT.readableWith(readable);
        return new CaseDetails(full.caseId(), full.familyName(), full.status(), full.centre(),
                Part.COMPOSITION.readableWith(readable) ? full.members() : List.of(),
                contact ? full.address() : null,
                contact ? full.contact() : null,
                full.legalBasis(),
                Part.CONSENT.readableWith(readable) ? full.consent() : null,
                Part.COURT_ORDER.readableWith(readable) ? full.courtOrder() : null,
                full.assistantRequested(), full.assistantId(), full.assistantName(), full.assistantSince(),
                full.socialWorkerId(), full.socialWorkerName(),
                Part.PLAN_VERSION.readableWith(readable) ? full.planVersion() : 0,
                assessment ? full.lastAssessmentOn() : null,
                assessment ? full.nextAssessmentDue() : null,
                closure ? full.closureReason() : null,
                closure ? full.closureSummary() : null,
                closure ? full.closedOn() : null,
                closure ? full.monitoringUntil() : null,
                closure ? full.monitoringOutcome() : null,
                Part.FOSTER_PLACEMENTS.readableWith(readable) ? full.fosterPlacements() : List.of(),
                Part.ZA_ZYCIEM.readableWith(readable) ? full.zaZyciemGround() : null,
                Part.SUPPORT_CATALOGUE.readableWith(readable) ? full.supportCatalogue() : List.of(),
                readable);
    }
}
