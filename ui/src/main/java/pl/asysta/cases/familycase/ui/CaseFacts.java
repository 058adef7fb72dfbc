package pl.asysta.cases.familycase.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.shared.DataCategory;

/**
 * The facts of a case header as lines of text, by the header's own labels, so that two points of the case can
 * be set side by side fact by fact. Like the header, it lists only facts that exist and that the reader may see.
 */
public final class CaseFacts {

    private CaseFacts() {
    }

    /** The label's translation key and the fact, in the header's order. */
    public static Map<String, String> of(CaseDetails details) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("pit.fact.status", Labels.of(Labels.CASE_STATUS, details.status()));
        if (!details.members().isEmpty()) {
            facts.put("case.header.members", details.members().stream()
                    .map(member -> member.firstName() + " " + member.lastName() + ", "
                            + Labels.of(Labels.KINSHIP, member.kinship())
                            + (member.age() == null ? "" : ", " + I18NProvider.translate("case.header.age",
                            member.age(), Dates.format(member.birthDate()))))
                    .collect(Collectors.joining("; ")));
        }
        if (details.address() != null) {
            facts.put("case.header.address", join(", ", details.address().street(),
                    join(" ", details.address().postalCode(), details.address().town())));
        }
        if (details.contact() != null && !join("", details.contact().phone(), details.contact().email()).isBlank()) {
            facts.put("case.header.contact", join(", ", details.contact().phone(), details.contact().email()));
        }
        facts.put("case.header.legal-basis", legalBasis(details));
        facts.put("case.header.assistant", details.assistantName() == null
                ? I18NProvider.translate(details.assistantRequested() ? "case.header.assistant-awaited"
                : "case.header.none")
                : I18NProvider.translate("case.header.assistant-since", details.assistantName(),
                Dates.format(details.assistantSince())));
        if (details.socialWorkerName() != null) {
            facts.put("case.header.social-worker", details.socialWorkerName());
        }
        if (details.visibleCategories().contains(DataCategory.PLAN)) {
            facts.put("case.header.plan", details.planVersion() == 0 ? I18NProvider.translate("case.header.no-plan")
                    : I18NProvider.translate("case.header.plan-version", details.planVersion()));
        }
        if (details.nextAssessmentDue() != null) {
            facts.put("case.header.next-assessment", Dates.format(details.nextAssessmentDue()));
        }
        if (details.lastAssessmentOn() != null) {
            facts.put("case.header.last-assessment", Dates.format(details.lastAssessmentOn()));
        }
        if (details.closureReason() != null) {
            facts.put("case.header.closure", I18NProvider.translate("case.header.closure-text",
                    Labels.of(Labels.CLOSURE_REASON, details.closureReason()), Dates.format(details.closedOn()))
                    + (details.closureSummary() == null ? "" : " – " + details.closureSummary()));
        }
        if (details.monitoringUntil() != null) {
            facts.put("case.header.monitoring-until", Dates.format(details.monitoringUntil())
                    + (details.monitoringOutcome() == null ? ""
                    : " – " + Labels.of(Labels.MONITORING_OUTCOME, details.monitoringOutcome())));
        }
        if (!details.fosterPlacements().isEmpty()) {
            facts.put("case.header.foster-care", details.fosterPlacements().stream()
                    .map(placement -> I18NProvider.translate("case.header.foster-placement", placement.childName(),
                            Dates.format(placement.placedOn()), placement.placement(), placement.coordinatorName(),
                            placement.childAssistancePlanReference() == null ? "–"
                                    : placement.childAssistancePlanReference()))
                    .collect(Collectors.joining("; ")));
        }
        if (details.zaZyciemGround() != null) {
            facts.put("case.header.za-zyciem", Labels.of(Labels.ZA_ZYCIEM_GROUND, details.zaZyciemGround()));
        }
        if (!details.supportCatalogue().isEmpty()) {
            facts.put("case.header.support-catalogue", details.supportCatalogue().stream()
                    .map(item -> item.support() + (item.provider() == null || item.provider().isBlank() ? ""
                            : " – " + item.provider()))
                    .collect(Collectors.joining("; ")));
        }
        return facts;
    }

    private static String legalBasis(CaseDetails details) {
        List<String> parts = new ArrayList<>();
        parts.add(Labels.of(Labels.LEGAL_BASIS, details.legalBasis()));
        if (details.consent() != null) {
            parts.add(I18NProvider.translate(details.consent().inForce() ? "case.header.consent"
                            : "case.header.consent-withdrawn", details.consent().consentingPerson(),
                    Dates.format(details.consent().givenOn()), details.consent().documentReference(),
                    Dates.format(details.consent().withdrawnOn())));
        }
        if (details.courtOrder() != null) {
            parts.add(I18NProvider.translate("case.header.court-order", details.courtOrder().court(),
                    details.courtOrder().fileReference(), Dates.format(details.courtOrder().issuedOn())));
        }
        return String.join("; ", parts);
    }

    private static String join(String separator, String... values) {
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                present.add(value);
            }
        }
        return String.join(separator, present);
    }
}
