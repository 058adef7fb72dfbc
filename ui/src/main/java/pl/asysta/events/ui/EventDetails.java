package pl.asysta.events.ui;

import java.util.List;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import pl.asysta.events.PayloadField;
import pl.asysta.events.StoredEventRow;
import pl.asysta.forms.Dates;

/**
 * One event as the auditor reads it: where it is stored, what it is, who recorded it and when, its link in the
 * stream's hash chain, and its payload as a list of named fields (nested for an address or the family's members).
 * The event was read, and recorded, with the page of the browser it was on; showing it reads nothing more.
 */
final class EventDetails extends Div {

    private final EventLabels labels;
    private final H2 heading = new H2();
    private final Div body = new Div();
    private StoredEventRow shown;

    EventDetails(EventLabels labels) {
        this.labels = labels;
        setId("event-details");
        addClassName("event-details");
        heading.setId("event-details-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading, body);
        show(null);
    }

    void show(StoredEventRow event) {
        shown = event;
        body.removeAll();
        if (event == null) {
            heading.setText(labels.translate("events.details.title"));
            Paragraph hint = new Paragraph(labels.translate("events.details.none"));
            hint.addClassName("secondary-text");
            body.add(hint);
            return;
        }
        heading.setText(labels.translate("events.details.title-of", event.position()));
        DescriptionList facts = new DescriptionList();
        facts.setId("event-facts");
        facts.addClassName("event-facts");
        term(facts, "events.details.position", Long.toString(event.position()));
        term(facts, "events.details.type", labels.type(event.eventName()) + " (" + event.eventType() + ")");
        term(facts, "events.details.recorded-at", Dates.format(event.recordedAt()));
        term(facts, "events.details.stream", event.stream());
        term(facts, "events.details.sequence", Long.toString(event.sequence()));
        term(facts, "events.details.event-id", event.eventIdentifier());
        if (event.caseId() != null) {
            term(facts, "events.details.case", event.familyName() == null ? event.caseId().value()
                    : event.familyName() + " (" + event.caseId().value() + ")");
        }
        if (event.authorId() != null) {
            term(facts, "events.details.author", event.authorName() + " (" + event.authorId().value() + ")");
        }
        if (event.authorInstitution() != null) {
            term(facts, "events.details.institution",
                    event.authorInstitutionName() + " (" + event.authorInstitution().value() + ")");
        }
        hash(facts, "events.details.previous-hash", event.previousHash());
        hash(facts, "events.details.hash", event.hash());
        H3 payloadHeading = new H3(labels.translate("events.details.payload"));
        payloadHeading.setId("event-payload-heading");
        DescriptionList payload = fields(event.payload(), null);
        payload.setId("event-payload");
        payload.getElement().setAttribute("aria-labelledby", payloadHeading.getId().orElseThrow());
        body.add(facts, payloadHeading, payload);
    }

    /** Texts follow the language: the shown event is shown again. */
    void refresh() {
        show(shown);
    }

    private DescriptionList fields(List<PayloadField> fields, String listName) {
        DescriptionList list = new DescriptionList();
        list.addClassName("event-payload");
        for (PayloadField field : fields) {
            DescriptionList.Term term = new DescriptionList.Term(labels.field(field.name()));
            DescriptionList.Description description = new DescriptionList.Description();
            if (field.hasFields()) {
                description.add(fields(field.fields(), field.name()));
            } else {
                String codedName = field.name().chars().allMatch(Character::isDigit) ? listName : field.name();
                description.setText(labels.value(codedName, field));
            }
            list.add(term, description);
        }
        return list;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(labels.translate(key)), new DescriptionList.Description(value));
    }

    private void hash(DescriptionList list, String key, String hash) {
        Span value = new Span(hash == null ? labels.translate("events.details.no-link") : hash);
        value.addClassName("hash");
        list.add(new DescriptionList.Term(labels.translate(key)), new DescriptionList.Description(value));
    }
}
