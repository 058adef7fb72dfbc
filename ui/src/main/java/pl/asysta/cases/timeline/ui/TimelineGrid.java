package pl.asysta.cases.timeline.ui;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.support.ui.SupportItems;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.time.ClockConfiguration;

/**
 * The case's shared chronology, newest first. Entries are fetched a page at a time as the person scrolls, so a
 * case with thousands of entries opens as fast as a new one; the filters (data category, kind of entry, author's
 * institution) are applied by the query, not in memory.
 */
public class TimelineGrid extends Div {

    /** Entries whose subject is one of the domain's codes, with the prefix of its translated name. */
    private static final Map<String, String> CODED_SUBJECTS = Map.of(
            "WorkDocumented", Labels.WORK_KIND,
            "CaseClosed", Labels.CLOSURE_REASON,
            "MonitoringEnded", Labels.MONITORING_OUTCOME,
            "ZaZyciemSupportStarted", Labels.ZA_ZYCIEM_GROUND,
            "AccessRevoked", "case.sharing.revocation",
            "ObservationRecorded", "case.observation.kind",
            "CourtDecisionRecorded", "court.decision.kind");

    /** Entries whose subject is an institution's id, shown by its name. */
    private static final Set<String> INSTITUTION_SUBJECTS = Set.of("SharingConsentRecorded", "AccessGranted");

    private static final Set<String> PLAN_VERSION_ENTRIES = Set.of("WorkPlanAdopted", "SocialWorkerConsulted");

    private final Grid<TimelineRow> grid = new Grid<>();
    private final MultiSelectComboBox<DataCategory> categories = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> types = new MultiSelectComboBox<>();
    private final ComboBox<InstitutionId> institution = new ComboBox<>();
    private TimelineFilter filter = TimelineFilter.ALL;

    TimelineGrid(OpenCase context, TimelineQueries timeline, InstitutionDirectory institutions) {
        addClassName("case-timeline");
        H2 heading = new H2(getTranslation("timeline.title"));
        heading.setId("timeline-heading");

        categories.setLabel(getTranslation("timeline.filter.category"));
        categories.setItems(context.details().visibleCategories().stream().sorted().toList());
        categories.setItemLabelGenerator(category -> Labels.of(Labels.DATA_CATEGORY, category));
        categories.setId("timeline-filter-category");
        types.setLabel(getTranslation("timeline.filter.type"));
        types.setItems(TimelineFilter.ENTRY_TYPES);
        types.setItemLabelGenerator(type -> Labels.of(Labels.TIMELINE_TYPE, type));
        types.setId("timeline-filter-type");
        institution.setLabel(getTranslation("timeline.filter.institution"));
        institution.setItems(timeline.institutions(context.file()));
        institution.setItemLabelGenerator(institutions::displayName);
        institution.setClearButtonVisible(true);
        institution.setId("timeline-filter-institution");
        categories.addValueChangeListener(change -> applyFilter());
        types.addValueChangeListener(change -> applyFilter());
        institution.addValueChangeListener(change -> applyFilter());
        FlexLayout filters = new FlexLayout(categories, types, institution);
        filters.addClassName("timeline-filters");

        grid.setId("timeline");
        grid.setAriaLabel(getTranslation("timeline.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> Dates.format(row.occurredOn() != null ? row.occurredOn()
                        : row.recordedAt().atZone(ClockConfiguration.CENTRE_ZONE).toLocalDate()))
                .setHeader(getTranslation("timeline.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> entry(row, institutions)))
                .setHeader(getTranslation("timeline.column.entry")).setFlexGrow(4);
        grid.addColumn(row -> Labels.of(Labels.DATA_CATEGORY, row.category()))
                .setHeader(getTranslation("timeline.column.category")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> author(row, institutions)))
                .setHeader(getTranslation("timeline.column.author")).setFlexGrow(1);
        grid.setItems(
                query -> timeline.page(context.file(), filter, query.getOffset(), query.getLimit()).stream(),
                query -> timeline.count(context.file(), filter));
        grid.setEmptyStateText(getTranslation("timeline.empty"));

        add(heading, filters, grid);
    }

    private void applyFilter() {
        filter = new TimelineFilter(Set.copyOf(categories.getValue()), Set.copyOf(types.getValue()),
                institution.getValue());
        grid.getDataProvider().refreshAll();
    }

    /** An entry's type, subject and text as the timeline shows them; the file as it stood shows them alike. */
    public static Component entry(TimelineRow row, InstitutionDirectory institutions) {
        Span type = new Span(Labels.of(Labels.TIMELINE_TYPE, row.type()));
        type.addClassName("entry-type");
        Div entry = new Div(type);
        entry.addClassName("timeline-entry");
        if (row.subject() != null && !row.subject().isBlank()) {
            Span subject = new Span(subject(row, institutions));
            subject.addClassName("entry-subject");
            entry.add(subject);
        }
        if (row.text() != null && !row.text().isBlank()) {
            Div text = new Div(row.text());
            text.addClassName("entry-text");
            entry.add(text);
        }
        return entry;
    }

    private static Component author(TimelineRow row, InstitutionDirectory institutions) {
        Div author = new Div(new Span(row.authorName()));
        author.addClassName("timeline-author");
        if (row.authorRole() != null) {
            author.add(new Span(Labels.of(Labels.ROLE, row.authorRole())));
        }
        if (row.authorInstitution() != null) {
            author.add(new Span(institutions.displayName(row.authorInstitution())));
        }
        author.add(new Span(I18NProvider.translate("timeline.recorded-at", Dates.format(row.recordedAt()))));
        return author;
    }

    /**
     * Plan entries name their version by number, some entries an institution or one of the domain's codes, the
     * supporting family's entries hours and amounts; other subjects are shown as they were recorded.
     */
    public static String subject(TimelineRow row, InstitutionDirectory institutions) {
        Optional<String> supportSubject = SupportItems.timelineSubject(row.type(), row.subject());
        if (supportSubject.isPresent()) {
            return supportSubject.get();
        }
        if (PLAN_VERSION_ENTRIES.contains(row.type())) {
            return I18NProvider.translate("case.header.plan-version", row.subject());
        }
        if (INSTITUTION_SUBJECTS.contains(row.type())) {
            return institutions.displayName(new InstitutionId(row.subject()));
        }
        String prefix = CODED_SUBJECTS.get(row.type());
        return prefix == null ? row.subject() : Labels.of(prefix, row.subject());
    }
}
