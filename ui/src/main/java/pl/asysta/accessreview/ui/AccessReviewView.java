package pl.asysta.accessreview.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.accessreview.AccessReview;
import pl.asysta.accessreview.AccessReview.Snapshot;
import pl.asysta.accessreview.AccessReviewRow;
import pl.asysta.accessreview.AccessSearch;
import pl.asysta.accessreview.CaseOption;
import pl.asysta.accessreview.ReaderOption;
import pl.asysta.accessreview.SubjectAccessReports;
import pl.asysta.accessreview.UnusualPatternRow;
import pl.asysta.accessreview.domain.ReviewRules;
import pl.asysta.accessreview.domain.UnusualPattern;
import pl.asysta.accessreview.domain.WorkingHours;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.i18n.Translations;
import pl.asysta.institutions.Institution;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * The auditor's review of the access log (ADR 0017): the records found by person, institution, family and
 * period, newest first and loaded page by page, each with the unusual patterns it is part of; the unusual
 * patterns of the search as a list of their own, each a step to its records; and the subject access report of a
 * family member. Everything shown is decided and recorded by {@link AccessReview} on the server; this page only
 * asks and shows.
 */
@Route(AccessReviewView.ROUTE)
@RolesAllowed(Roles.AUDITOR)
class AccessReviewView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    static final String ROUTE = "audit/access";
    /** The period searched when the page opens: the last 30 days. */
    static final int DEFAULT_DAYS = 30;

    private final transient AccessReview review;
    private final transient SubjectAccessReports reports;
    private final transient Translations translations;
    private final transient ErrorMessages errors;
    private final transient Actor actor;

    private final ComboBox<ReaderOption> person = new ComboBox<>();
    private final ComboBox<Institution> institution = new ComboBox<>();
    private final ComboBox<CaseOption> family = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph summary = new Paragraph();
    private final Grid<AccessReviewRow> records = new Grid<>();
    private final Grid<UnusualPatternRow> unusual = new Grid<>();
    private boolean toBeforeFromShown;

    AccessReviewView(AccessReview review, SubjectAccessReports reports, Translations translations,
                     ErrorMessages errors, CurrentActor currentActor, Clock clock) {
        this.review = review;
        this.reports = reports;
        this.translations = translations;
        this.errors = errors;
        this.actor = currentActor.require();
        addClassName("access-review");
        setPadding(true);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
        from.setValue(today.minusDays(DEFAULT_DAYS - 1L));
        to.setValue(today);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        H1 heading = new H1(getTranslation("review.title"));
        Paragraph lead = new Paragraph(getTranslation("review.lead"));
        lead.addClassName("secondary-text");
        add(heading, lead, filters(), summary, recordsGrid(), unusualSection(),
                new SubjectReportPanel(review, reports, translations, errors, actor, family.getValue()));
        search();
    }

    // ---------------------------------------------------------------- the search

    private Component filters() {
        Wording wording = wording();
        person.setLabel(getTranslation("review.filter.person"));
        person.setId("review-person");
        person.setItems(review.readers(actor));
        person.setItemLabelGenerator(option -> option.name() + " (" + option.userId().value() + ")");
        person.setClearButtonVisible(true);

        institution.setLabel(getTranslation("review.filter.institution"));
        institution.setId("review-institution");
        institution.setItems(review.institutions(actor));
        institution.setItemLabelGenerator(Institution::name);
        institution.setClearButtonVisible(true);

        family.setLabel(getTranslation("review.filter.family"));
        family.setId("review-family");
        family.setHelperText(getTranslation("review.filter.family.help"));
        CaseOptions.offer(family, review, actor, wording);
        family.setClearButtonVisible(true);

        from.setLabel(getTranslation("review.filter.from"));
        from.setId("review-from");
        Dates.localize(from);
        to.setLabel(getTranslation("review.filter.to"));
        to.setId("review-to");
        Dates.localize(to);

        Button search = new Button(getTranslation("review.filter.search"), click -> search());
        search.setId("review-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("review.filter.clear"), click -> clear());
        clear.setId("review-clear");

        FlexLayout fields = new FlexLayout(person, institution, family, from, to);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        FlexLayout actions = new FlexLayout(search, clear);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        actions.setAlignItems(FlexComponent.Alignment.END);
        Div form = new Div(fields, actions);
        form.setId("review-filters");
        form.getElement().setAttribute("role", "search");
        form.getElement().setAttribute("aria-label", getTranslation("review.filter.title"));
        summary.setId("review-summary");
        summary.getElement().setAttribute("role", "status");
        return form;
    }

    /**
     * Runs the search the fields describe, fixed at the newest record now. Dates that cannot be read or a period
     * that ends before it starts are said at the field, and the last results stay.
     */
    void search() {
        if (toBeforeFromShown) {
            to.setInvalid(false);
            toBeforeFromShown = false;
        }
        if (from.isInvalid() || to.isInvalid()) {
            summary.setText(getTranslation("form.fix-fields"));
            return;
        }
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("review.filter.to-before-from"));
            to.setInvalid(true);
            toBeforeFromShown = true;
            summary.setText(getTranslation("form.fix-fields"));
            return;
        }
        AccessSearch search = new AccessSearch(
                person.getValue() == null ? null : person.getValue().userId(),
                institution.getValue() == null ? null : institution.getValue().id(),
                family.getValue() == null ? null : family.getValue().caseId(),
                from.getValue(), to.getValue());
        Snapshot current = review.search(search, actor);
        int found = review.count(current, actor);
        int listed = Math.min(found, AccessReview.LISTED_AT_MOST);
        summary.setText(found > AccessReview.LISTED_AT_MOST
                ? getTranslation("review.found-too-many", AccessReview.LISTED_AT_MOST, Dates.format(current.asOf()))
                : getTranslation("review.found", found, Dates.format(current.asOf())));
        records.setItems(query -> review.records(current, query.getOffset(), query.getLimit(), actor).stream(),
                query -> listed);
        unusual.setItems(review.unusualPatterns(current, actor));
    }

    private void clear() {
        person.clear();
        institution.clear();
        family.clear();
        from.clear();
        to.clear();
        search();
    }

    /** Shows the records of one person's day: the step from an unusual pattern to what it consists of. */
    void showDay(UserId reader, LocalDate day) {
        ReaderOption option = review.readers(actor).stream().filter(candidate -> candidate.userId().equals(reader))
                .findFirst().orElse(null);
        person.setValue(option);
        institution.clear();
        family.clear();
        from.setValue(day);
        to.setValue(day);
        search();
        records.focus();
    }

    // ---------------------------------------------------------------- the records

    private Component recordsGrid() {
        Wording wording = wording();
        records.removeAllColumns();
        records.setId("review-records");
        records.setAriaLabel(getTranslation("review.records.title"));
        records.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        records.addColumn(row -> Dates.format(row.recordedAt()))
                .setHeader(getTranslation("review.column.when")).setAutoWidth(true).setFlexGrow(0);
        records.addColumn(row -> row.actorName() + " (" + ReviewTexts.roles(wording, row.roles()) + ")")
                .setHeader(getTranslation("review.column.who")).setFlexGrow(3);
        records.addColumn(AccessReviewRow::institutionName)
                .setHeader(getTranslation("review.column.institution")).setFlexGrow(2);
        records.addColumn(row -> ReviewTexts.view(wording, row.view()))
                .setHeader(getTranslation("review.column.what")).setFlexGrow(2);
        records.addColumn(row -> families(row, wording))
                .setHeader(getTranslation("review.column.families")).setFlexGrow(3);
        records.addColumn(row -> ReviewTexts.categoriesInShort(wording, row.categories()))
                .setHeader(getTranslation("review.column.categories")).setFlexGrow(3);
        records.addColumn(row -> ReviewTexts.purpose(wording, row.purpose(), Set.of()))
                .setHeader(getTranslation("review.column.purpose")).setFlexGrow(3);
        records.addComponentColumn(row -> flags(row.flags()))
                .setHeader(getTranslation("review.column.flags")).setFlexGrow(2);
        records.setEmptyStateText(getTranslation("review.records.none"));
        records.setPageSize(50);
        return records;
    }

    static String families(AccessReviewRow row, Wording wording) {
        String names = row.cases().stream()
                .map(named -> named.familyName() == null ? wording.text("review.family.unknown",
                        named.caseId().value()) : named.familyName())
                .collect(Collectors.joining(", "));
        int more = row.caseCount() - row.cases().size();
        return more > 0 ? wording.text("review.families.more", names, more) : names;
    }

    private Component flags(Set<UnusualPattern> flags) {
        Div badges = new Div();
        badges.addClassName("review-flags");
        flags.stream().sorted().forEach(flag ->
                badges.add(Badge.of(getTranslation("review.flag." + flag.name()), Badge.Tone.WARNING)));
        return badges;
    }

    // ---------------------------------------------------------------- unusual patterns

    private Component unusualSection() {
        Wording wording = wording();
        ReviewRules rules = review.rules();
        H2 heading = new H2(getTranslation("review.unusual.title"));
        heading.setId("review-unusual-heading");
        WorkingHoursText hours = new WorkingHoursText(rules.workingHours());
        Paragraph lead = new Paragraph(getTranslation("review.unusual.lead", rules.casesWithoutTaskPerDay(),
                hours.start(), hours.end(), hours.days(wording)));
        lead.setId("review-unusual-lead");
        lead.addClassName("secondary-text");

        unusual.removeAllColumns();
        unusual.setId("review-unusual");
        unusual.setAriaLabel(getTranslation("review.unusual.title"));
        unusual.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        unusual.addColumn(row -> Dates.format(row.day())).setHeader(getTranslation("review.unusual.column.day"))
                .setAutoWidth(true).setFlexGrow(0);
        unusual.addColumn(row -> getTranslation("review.flag." + row.pattern().name()))
                .setHeader(getTranslation("review.unusual.column.pattern")).setFlexGrow(2);
        unusual.addColumn(UnusualPatternRow::actorName).setHeader(getTranslation("review.column.who")).setFlexGrow(2);
        unusual.addColumn(UnusualPatternRow::institutionName)
                .setHeader(getTranslation("review.column.institution")).setFlexGrow(2);
        unusual.addColumn(row -> getTranslation("review.unusual.count", row.reads(), row.families()))
                .setHeader(getTranslation("review.unusual.column.count")).setFlexGrow(2);
        unusual.addColumn(row -> Dates.format(row.first()).substring(11) + " – "
                        + Dates.format(row.last()).substring(11))
                .setHeader(getTranslation("review.unusual.column.span")).setAutoWidth(true).setFlexGrow(0);
        unusual.addComponentColumn(row -> {
            Button show = new Button(getTranslation("review.unusual.show"),
                    click -> showDay(row.actorId(), row.day()));
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            show.setAriaLabel(getTranslation("review.unusual.show.label", row.actorName(), Dates.format(row.day())));
            show.addClassName("review-show-day");
            return show;
        }).setHeader(getTranslation("review.unusual.column.records")).setAutoWidth(true).setFlexGrow(0);
        unusual.setEmptyStateText(getTranslation("review.unusual.none"));
        unusual.setAllRowsVisible(true);
        return new Div(heading, lead, unusual);
    }

    /** Working hours as the lead paragraph says them. */
    private record WorkingHoursText(WorkingHours hours) {

        String start() {
            return hours.start().toString();
        }

        String end() {
            return hours.end().toString();
        }

        String days(Wording wording) {
            return wording.text(hours.weekendsOff() && hours.holidaysOff() ? "review.unusual.days.both"
                    : hours.weekendsOff() ? "review.unusual.days.weekends"
                    : hours.holidaysOff() ? "review.unusual.days.holidays" : "review.unusual.days.none");
        }
    }

    private Wording wording() {
        return Wording.of(translations, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("review.title"));
    }
}
