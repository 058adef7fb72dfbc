package pl.asysta.cases.sharing.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import pl.asysta.cases.access.AccessAlertRow;
import pl.asysta.cases.access.AccessRecordRow;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.sharing.SharingQueries;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.EmptyState;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.Actor;

/**
 * The assistant's alerts: someone outside the case team (a school, a clinic, the interdisciplinary team, an
 * auditor) opened the file of one of their families. The assistant knows the family and is the first to notice an
 * opening nobody expected; once seen, an alert is acknowledged and leaves the list, while the opening stays in the
 * case's access log.
 */
public class AccessAlerts extends Div {

    static final String INSTITUTION_KIND = "institution.kind";

    private final transient SharingQueries sharing;
    private final transient InstitutionDirectory institutions;
    private final transient Actor actor;
    private final transient Runnable refresh;

    /** {@code refresh} shows the page again once an alert is acknowledged (it is written at once). */
    public AccessAlerts(SharingQueries sharing, InstitutionDirectory institutions, Actor actor, Runnable refresh) {
        this.sharing = sharing;
        this.institutions = institutions;
        this.actor = actor;
        this.refresh = refresh;
        addClassName("access-alerts");

        add(new H2(getTranslation("alerts.access.title")));
        List<AccessAlertRow> alerts = sharing.alertsFor(actor);
        if (alerts.isEmpty()) {
            add(EmptyState.of("alerts.access.none"));
        } else {
            Paragraph explanation = new Paragraph(getTranslation("alerts.access.description"));
            explanation.addClassName("secondary-text");
            add(explanation, grid(alerts));
        }
    }

    private Grid<AccessAlertRow> grid(List<AccessAlertRow> alerts) {
        Grid<AccessAlertRow> grid = new Grid<>();
        grid.setId("access-alerts");
        grid.setAriaLabel(getTranslation("alerts.access.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(alert -> Dates.format(alert.record().recordedAt()))
                .setHeader(getTranslation("alerts.access.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(alert -> CasePages.link(alert.familyName(), alert.caseId())))
                .setHeader(getTranslation("alerts.access.column.family")).setAutoWidth(true);
        grid.addColumn(alert -> who(alert.record())).setHeader(getTranslation("alerts.access.column.who"))
                .setWidth("10rem").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(alert -> institution(alert.record())))
                .setHeader(getTranslation("alerts.access.column.institution")).setWidth("10rem").setFlexGrow(2);
        grid.addColumn(alert -> alert.record().categories().stream().sorted()
                        .map(category -> Labels.of(Labels.DATA_CATEGORY, category)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("alerts.access.column.categories")).setWidth("10rem").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::acknowledgeButton))
                .setHeader(getTranslation("alerts.access.column.acknowledge")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(alerts);
        return grid;
    }

    private String who(AccessRecordRow record) {
        String roles = record.roles().stream().map(role -> Labels.of(Labels.ROLE, role))
                .collect(Collectors.joining(", "));
        return roles.isEmpty() ? record.actorName() : record.actorName() + " (" + roles + ")";
    }

    private Component institution(AccessRecordRow record) {
        Div cell = new Div(new Span(institutions.displayName(record.institution())));
        cell.addClassName("inline-values");
        institutions.kind(record.institution()).ifPresent(kind ->
                cell.add(Badge.of(Labels.of(INSTITUTION_KIND, kind), Badge.Tone.NEUTRAL)));
        return cell;
    }

    private Button acknowledgeButton(AccessAlertRow alert) {
        Button acknowledge = new Button(getTranslation("alerts.access.acknowledge"));
        acknowledge.addClassName("acknowledge-alert");
        acknowledge.setAriaLabel(getTranslation("alerts.access.acknowledge.label", alert.record().actorName(),
                alert.familyName()));
        acknowledge.addClickListener(click -> {
            sharing.acknowledge(alert.record().recordId(), actor);
            refresh.run();
        });
        return acknowledge;
    }
}
