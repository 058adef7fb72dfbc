package pl.asysta.events.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.CaseFiles;
import pl.asysta.events.Choice;
import pl.asysta.events.EventFilter;
import pl.asysta.events.EventStreamQueries;
import pl.asysta.events.StoredEventRow;
import pl.asysta.forms.Dates;
import pl.asysta.i18n.Translations;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * The auditor's event browser (ADR 0014): every event in the store in the order it was stored, filtered by case,
 * type, author, author's institution and period, a page at a time; a chosen event is shown with its payload as
 * named fields and its link in the hash chain. Every page of events is recorded as read before it is shown
 * ({@link EventStreamQueries}). Choosing a case opens its file as the case page would, so that its assistant is
 * told and the case page lists the auditor among those who looked at it.
 */
@Route(EventBrowserView.ROUTE)
@RolesAllowed(Roles.AUDITOR)
class EventBrowserView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    static final String ROUTE = "audit/events";

    private final transient EventStreamQueries events;
    private final transient CaseFiles caseFiles;
    private final transient Actor actor;
    private final EventLabels labels;

    private final H1 heading = new H1();
    private final Paragraph description = new Paragraph();
    private final ComboBox<Choice> caseFilter = new ComboBox<>();
    private final ComboBox<Choice> typeFilter = new ComboBox<>();
    private final ComboBox<Choice> authorFilter = new ComboBox<>();
    private final ComboBox<Choice> institutionFilter = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<StoredEventRow> grid = new Grid<>();
    private final Grid.Column<StoredEventRow> positionColumn;
    private final Grid.Column<StoredEventRow> recordedColumn;
    private final Grid.Column<StoredEventRow> eventColumn;
    private final Grid.Column<StoredEventRow> caseColumn;
    private final Grid.Column<StoredEventRow> authorColumn;
    private final Grid.Column<StoredEventRow> linkColumn;
    private final EventDetails details;
    private EventFilter filter = EventFilter.ALL;

    EventBrowserView(EventStreamQueries events, CaseFiles caseFiles, CurrentActor currentActor,
                     Translations translations) {
        this.events = events;
        this.caseFiles = caseFiles;
        this.actor = currentActor.require();
        this.labels = new EventLabels(translations);
        this.details = new EventDetails(labels);
        addClassName("event-browser");
        setPadding(true);

        caseFilter.setId("events-filter-case");
        caseFilter.addClassName("event-case-filter");
        caseFilter.setItems(query -> events.cases(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit(), actor).stream());
        caseFilter.setItemLabelGenerator(choice -> choice.label() + " (" + choice.value() + ")");
        typeFilter.setId("events-filter-type");
        typeFilter.setItems(events.eventTypes(actor));
        typeFilter.setItemLabelGenerator(choice -> labels.type(choice.label()));
        authorFilter.setId("events-filter-author");
        authorFilter.setItems(events.authors(actor));
        authorFilter.setItemLabelGenerator(Choice::label);
        institutionFilter.setId("events-filter-institution");
        institutionFilter.setItems(events.institutions(actor));
        institutionFilter.setItemLabelGenerator(Choice::label);
        from.setId("events-filter-from");
        to.setId("events-filter-to");
        for (ComboBox<Choice> box : List.of(caseFilter, typeFilter, authorFilter, institutionFilter)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(change -> applyFilter());
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(change -> applyFilter());
        to.addValueChangeListener(change -> applyFilter());
        caseFilter.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                caseFiles.open(new CaseId(change.getValue().value()), actor);
            }
        });
        FlexLayout filters = new FlexLayout(caseFilter, typeFilter, authorFilter, institutionFilter, from, to);
        filters.addClassName("event-filters");

        grid.setId("events");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        positionColumn = grid.addColumn(StoredEventRow::position).setAutoWidth(true).setFlexGrow(0);
        recordedColumn = grid.addColumn(row -> Dates.format(row.recordedAt())).setAutoWidth(true).setFlexGrow(0);
        eventColumn = grid.addColumn(new ComponentRenderer<>(this::eventCell)).setFlexGrow(3);
        caseColumn = grid.addColumn(new ComponentRenderer<>(this::caseCell)).setFlexGrow(2);
        authorColumn = grid.addColumn(new ComponentRenderer<>(this::authorCell)).setFlexGrow(2);
        linkColumn = grid.addColumn(new ComponentRenderer<>(this::linkCell)).setFlexGrow(2);
        grid.setItems(query -> events.events(filter, query.getOffset(), query.getLimit(), actor).stream(),
                query -> events.count(filter, actor));
        grid.asSingleSelect().addValueChangeListener(change -> details.show(change.getValue()));

        add(heading, description, filters, grid, details);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(labels.translate("events.title"));
        description.setText(labels.translate("events.description"));
        caseFilter.setLabel(labels.translate("events.filter.case"));
        caseFilter.setHelperText(labels.translate("events.filter.case.hint"));
        typeFilter.setLabel(labels.translate("events.filter.type"));
        authorFilter.setLabel(labels.translate("events.filter.author"));
        institutionFilter.setLabel(labels.translate("events.filter.institution"));
        Dates.localize(from);
        Dates.localize(to);
        from.setLabel(labels.translate("events.filter.from"));
        to.setLabel(labels.translate("events.filter.to"));
        grid.setAriaLabel(labels.translate("events.grid"));
        grid.setEmptyStateText(labels.translate("events.empty"));
        positionColumn.setHeader(labels.translate("events.column.position"));
        recordedColumn.setHeader(labels.translate("events.column.recorded-at"));
        eventColumn.setHeader(labels.translate("events.column.event"));
        caseColumn.setHeader(labels.translate("events.column.case"));
        authorColumn.setHeader(labels.translate("events.column.author"));
        linkColumn.setHeader(labels.translate("events.column.link"));
        checkPeriod();
        grid.getDataProvider().refreshAll();
        details.refresh();
    }

    @Override
    public String getPageTitle() {
        return labels.translate("page.title", labels.translate("events.title"));
    }

    private void applyFilter() {
        filter = new EventFilter(
                caseFilter.getValue() == null ? null : new CaseId(caseFilter.getValue().value()),
                typeFilter.getValue() == null ? null : typeFilter.getValue().value(),
                authorFilter.getValue() == null ? null : new UserId(authorFilter.getValue().value()),
                institutionFilter.getValue() == null ? null : new InstitutionId(institutionFilter.getValue().value()),
                from.getValue(), to.getValue());
        checkPeriod();
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    /** A period that ends before it starts selects nothing: the end date says so, and keeps what was typed. */
    private void checkPeriod() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean reversed = start != null && end != null && end.isBefore(start);
        to.setInvalid(reversed);
        to.setErrorMessage(reversed ? labels.translate("events.filter.period-reversed") : null);
    }

    private Component eventCell(StoredEventRow row) {
        Span type = new Span(labels.type(row.eventName()));
        type.addClassName("entry-type");
        Span code = new Span(row.eventName());
        code.addClassName("secondary-text");
        return stacked(type, code);
    }

    private Component caseCell(StoredEventRow row) {
        if (row.caseId() == null) {
            return new Span(labels.translate("events.no-case"));
        }
        Span id = new Span(row.caseId().value());
        id.addClassName("secondary-text");
        return row.familyName() == null ? stacked(id) : stacked(new Span(row.familyName()), id);
    }

    private Component authorCell(StoredEventRow row) {
        if (row.authorId() == null) {
            return new Span(labels.translate("events.no-author"));
        }
        Span institution = new Span(row.authorInstitutionName() == null ? "" : row.authorInstitutionName());
        institution.addClassName("secondary-text");
        return stacked(new Span(row.authorName()), institution);
    }

    private Component linkCell(StoredEventRow row) {
        Span sequence = new Span(labels.translate("events.stream-position", row.sequence()));
        sequence.addClassName("secondary-text");
        Span hash = new Span(row.hash() == null ? labels.translate("events.details.no-link")
                : row.hash().substring(0, 16) + "…");
        hash.addClassName("hash");
        if (row.caseId() != null && row.stream().equals(row.caseId().value())) {
            return stacked(hash, sequence);
        }
        Span stream = new Span(row.stream());
        stream.addClassName("secondary-text");
        return stacked(hash, sequence, stream);
    }

    private static Div stacked(Component... parts) {
        Div cell = new Div(parts);
        cell.addClassName("stacked-text");
        return cell;
    }
}
