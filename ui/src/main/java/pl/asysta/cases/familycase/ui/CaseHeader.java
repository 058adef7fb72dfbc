package pl.asysta.cases.familycase.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.CaseDetails.MemberRow;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.shared.DataCategory;

/**
 * Who the family is and where the case stands: members with their ages, address and contact, the legal basis,
 * the assistant and the social worker, the next periodic assessment, closure and monitoring, foster care and
 * "Za życiem" support. Only facts that exist are listed, so the header stays short for a new case.
 */
class CaseHeader extends Div {

    private final DescriptionList facts = new DescriptionList();

    CaseHeader(OpenCase context) {
        CaseDetails details = context.details();
        addClassName("case-header");

        H1 heading = new H1(details.familyName());
        heading.setId("case-family-name");
        Div titleRow = new Div(heading, statusBadge(details.status()));
        titleRow.addClassName("case-title");
        add(titleRow);

        fact("case.header.members", members(details.members()));
        if (details.address() != null) {
            fact("case.header.address", String.join(", ", nonBlank(details.address().street(),
                    join(" ", details.address().postalCode(), details.address().town()))));
        }
        if (details.contact() != null) {
            String contact = String.join(", ", nonBlank(details.contact().phone(), details.contact().email()));
            if (!contact.isBlank()) {
                fact("case.header.contact", contact);
            }
        }
        fact("case.header.legal-basis", legalBasis(details));
        fact("case.header.assistant", details.assistantName() == null
                ? getTranslation(details.assistantRequested() ? "case.header.assistant-awaited" : "case.header.none")
                : getTranslation("case.header.assistant-since", details.assistantName(),
                        Dates.format(details.assistantSince())));
        if (details.socialWorkerName() != null) {
            fact("case.header.social-worker", details.socialWorkerName());
        }
        if (details.visibleCategories().contains(DataCategory.PLAN)) {
            fact("case.header.plan", details.planVersion() == 0
                    ? getTranslation("case.header.no-plan")
                    : getTranslation("case.header.plan-version", details.planVersion()));
        }
        if (details.nextAssessmentDue() != null) {
            fact("case.header.next-assessment", assessment(context));
        }
        if (details.lastAssessmentOn() != null) {
            fact("case.header.last-assessment", Dates.format(details.lastAssessmentOn()));
        }
        if (details.closureReason() != null) {
            fact("case.header.closure", getTranslation("case.header.closure-text",
                    Labels.of(Labels.CLOSURE_REASON, details.closureReason()), Dates.format(details.closedOn()))
                    + (details.closureSummary() == null ? "" : " – " + details.closureSummary()));
        }
        if (details.monitoringUntil() != null) {
            fact("case.header.monitoring-until", Dates.format(details.monitoringUntil())
                    + (details.monitoringOutcome() == null ? ""
                    : " – " + Labels.of(Labels.MONITORING_OUTCOME, details.monitoringOutcome())));
        }
        if (!details.fosterPlacements().isEmpty()) {
            fact("case.header.foster-care", list(details.fosterPlacements().stream()
                    .map(placement -> getTranslation("case.header.foster-placement", placement.childName(),
                            Dates.format(placement.placedOn()), placement.placement(), placement.coordinatorName(),
                            placement.childAssistancePlanReference() == null ? "–"
                                    : placement.childAssistancePlanReference()))
                    .toList()));
        }
        if (details.zaZyciemGround() != null) {
            fact("case.header.za-zyciem", Labels.of(Labels.ZA_ZYCIEM_GROUND, details.zaZyciemGround()));
            if (!details.supportCatalogue().isEmpty()) {
                fact("case.header.support-catalogue", list(details.supportCatalogue().stream()
                        .map(item -> item.support() + (item.provider() == null || item.provider().isBlank()
                                ? "" : " – " + item.provider()))
                        .toList()));
            }
        }
        facts.addClassName("case-facts");
        add(facts);
    }

    static Span statusBadge(CaseStatus status) {
        Badge.Tone tone = switch (status) {
            case INTAKE -> Badge.Tone.WARNING;
            case ACTIVE -> Badge.Tone.SUCCESS;
            case MONITORING, CLOSED -> Badge.Tone.NEUTRAL;
        };
        Span badge = Badge.of(Labels.of(Labels.CASE_STATUS, status), tone);
        badge.setId("case-status");
        return badge;
    }

    private Component assessment(OpenCase context) {
        Span due = new Span(Dates.format(context.details().nextAssessmentDue()));
        Div value = new Div(due);
        value.addClassName("inline-values");
        AssessmentFlag.of(context.details().nextAssessmentDue(), context.today()).ifPresent(value::add);
        return value;
    }

    private String legalBasis(CaseDetails details) {
        List<String> parts = new ArrayList<>();
        parts.add(Labels.of(Labels.LEGAL_BASIS, details.legalBasis()));
        if (details.consent() != null) {
            parts.add(getTranslation(details.consent().inForce() ? "case.header.consent"
                            : "case.header.consent-withdrawn", details.consent().consentingPerson(),
                    Dates.format(details.consent().givenOn()), details.consent().documentReference(),
                    Dates.format(details.consent().withdrawnOn())));
        }
        if (details.courtOrder() != null) {
            parts.add(getTranslation("case.header.court-order", details.courtOrder().court(),
                    details.courtOrder().fileReference(), Dates.format(details.courtOrder().issuedOn())));
        }
        return String.join("; ", parts);
    }

    private Component members(List<MemberRow> members) {
        return list(members.stream().map(member -> {
            String text = member.firstName() + " " + member.lastName() + ", "
                    + Labels.of(Labels.KINSHIP, member.kinship());
            return member.age() == null ? text
                    : text + ", " + getTranslation("case.header.age", member.age(), Dates.format(member.birthDate()));
        }).toList());
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        list.addClassName("plain-list");
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private void fact(String termKey, String value) {
        fact(termKey, new Span(value));
    }

    private void fact(String termKey, Component value) {
        facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    private static List<String> nonBlank(String... values) {
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                present.add(value);
            }
        }
        return present;
    }

    private static String join(String separator, String... values) {
        return nonBlank(values).stream().collect(Collectors.joining(separator));
    }
}
