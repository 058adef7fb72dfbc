package pl.asysta.cases.history.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.access.AccessRecordRow;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.history.HistoryPoint;
import pl.asysta.cases.sharing.ui.ManyAgenciesScreenTest;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.HEAD;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

/**
 * The case as it stood after an earlier event or on an earlier day, and compared with today: what the auditor and
 * the case team see, what another institution sees of it, and how a point that cannot be shown is refused.
 */
@PortalTest
class CaseAsOfViewTest extends ManyAgenciesScreenTest {

    private static final int OPENING_PURPOSE = 5;

    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;

    /** A family with plan version 1, then plan version 2 and a documented visit; the position after version 1. */
    private record History(CaseId caseId, String family, long afterFirstPlan) {
    }

    private History aCaseWhosePlanWasRevised() {
        String family = uniqueFamilyName("Przeszli");
        CaseId caseId = cases.active(family, ASSISTANT);
        cases.firstPlan(caseId, ASSISTANT, "Cele pierwszej wersji");
        long afterFirstPlan = timeline.page(caseId, TimelineFilter.ALL, 0, 1, HEAD).getFirst().position();
        int before = cases.entries(caseId);
        cases.commands().adoptWorkPlan(caseId, 1, "Cele drugiej wersji", List.of(new PlanAction(null,
                "Konsultacja w poradni", new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Jan Kowalski", null),
                today().plusDays(20), "Diagnoza")), ASSISTANT);
        cases.commands().documentWork(caseId, WorkKind.HOME_VISIT, today(), 45, List.of(),
                "Wizyta po zmianie planu.", DataCategory.VISITS, ASSISTANT);
        cases.settled(caseId, before + 2);
        return new History(caseId, family, afterFirstPlan);
    }

    @Test
    void the_auditor_sees_the_plan_in_force_after_an_event_and_only_the_entries_up_to_it() {
        History history = aCaseWhosePlanWasRevised();
        signInAs("audytor");

        open(CaseHistoryPages.location(history.caseId(), HistoryPoint.position(history.afterFirstPlan())));

        assertThat(pageHeading()).isEqualTo(translations.getTranslation("pit.title.family", Translations.POLISH,
                history.family()));
        assertThat(find(Paragraph.class).id("pit-plan-version").getText()).contains("wersja 1 planu");
        List<TimelineRow> shown = rows(grid("pit-timeline"));
        assertThat(shown).isNotEmpty().allSatisfy(row ->
                assertThat(row.position()).isLessThanOrEqualTo(history.afterFirstPlan()));
        assertThat(shown.getFirst().type()).isEqualTo("WorkPlanAdopted");
        assertThat(shown).extracting(TimelineRow::text).doesNotContain("Wizyta po zmianie planu.");
        assertThat(find(RadioButtonGroup.class).id("pit-first-kind").getValue())
                .isEqualTo(HistoryPointPicker.Kind.POSITION);
        assertThat(find(IntegerField.class).id("pit-first-position").getValue())
                .isEqualTo((int) history.afterFirstPlan());
    }

    @Test
    void compared_with_today_the_changed_plan_and_the_entries_added_since_are_marked() {
        History history = aCaseWhosePlanWasRevised();
        signInAs("audytor");

        CaseHistoryPages.open(history.caseId(), HistoryPoint.position(history.afterFirstPlan()),
                HistoryPoint.latest());

        NativeTable facts = find(NativeTable.class).id("pit-facts-compared");
        String planRow = facts.getElement().getTextRecursively();
        assertThat(planRow).contains(translations.getTranslation("case.header.plan-version", Translations.POLISH, 1),
                translations.getTranslation("case.header.plan-version", Translations.POLISH, 2),
                polish("pit.changed"));
        assertThat(rows(grid("pit-added"))).extracting(TimelineRow::type)
                .containsExactly("WorkDocumented", "WorkPlanAdopted");
        assertThat(find(Checkbox.class).id("pit-compare").getValue()).isTrue();
    }

    @Test
    void a_day_before_the_case_began_is_refused_in_words_and_the_form_keeps_the_day() {
        History history = aCaseWhosePlanWasRevised();
        signInAs("asystent");
        open(CaseHistoryPages.location(history.caseId()));

        test(find(DatePicker.class).id("pit-first-day")).setValue(today().minusDays(1));
        test(find(Button.class).id("pit-show")).click();

        assertThat(find(Div.class).id("pit-problem").getElement().getTextRecursively())
                .isEqualTo(polish("rule.pit.before-first-event"));
        assertThat(find(DatePicker.class).id("pit-first-day").getValue()).isEqualTo(today().minusDays(1));
        assertThat(find(Div.class).id("pit-result").getChildren().count()).isZero();
    }

    @Test
    void an_event_number_left_empty_is_marked_and_nothing_is_opened() {
        History history = aCaseWhosePlanWasRevised();
        signInAs("asystent");
        open(CaseHistoryPages.location(history.caseId()));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<HistoryPointPicker.Kind> kind = find(RadioButtonGroup.class).id("pit-first-kind");
        test(kind).selectItem(polish("pit.picker.kind.POSITION"));
        test(find(Button.class).id("pit-show")).click();

        IntegerField position = find(IntegerField.class).id("pit-first-position");
        assertThat(position.isInvalid()).isTrue();
        assertThat(position.getErrorMessage()).isEqualTo(polish("pit.picker.position-required"));
        assertThat(find(Div.class).id("pit-result").getChildren().count()).isZero();
    }

    @Test
    void an_address_that_names_no_point_says_so() {
        History history = aCaseWhosePlanWasRevised();
        signInAs("asystent");

        open(CaseHistoryPages.location(history.caseId()) + "/wczoraj");

        assertThat(find(Div.class).id("pit-problem").getElement().getTextRecursively())
                .isEqualTo(polish("pit.bad-address"));
    }

    @Test
    void someone_who_may_not_open_the_case_today_finds_no_past_of_it_either() {
        History history = aCaseWhosePlanWasRevised();
        signInAs("szkola");

        open(CaseHistoryPages.location(history.caseId(), HistoryPoint.position(history.afterFirstPlan())));

        assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));
    }

    @Test
    void the_school_sees_the_past_only_in_the_categories_granted_to_it_today() {
        History history = aCaseWhosePlanWasRevised();
        int before = cases.entries(history.caseId());
        cases.commands().documentWork(history.caseId(), WorkKind.INSTITUTION_CONTACT, today(), 20, List.of(),
                "Rozmowa z wychowawczynią.", DataCategory.EDUCATION, ASSISTANT);
        cases.settled(history.caseId(), before + 1);
        schoolConsent(history.caseId());
        openAsTheSchool(history.caseId(), history.family());

        open(CaseHistoryPages.location(history.caseId(), HistoryPoint.latest()));

        assertThat(rows(grid("pit-timeline"))).isNotEmpty().extracting(TimelineRow::category)
                .containsOnly(DataCategory.EDUCATION, DataCategory.BASIC);
        assertThat(shown("pit-plan-actions")).isFalse();
    }

    @Test
    void the_case_page_leads_to_the_file_as_it_stood() {
        History history = aCaseWhosePlanWasRevised();
        signInAs("asystent");
        open(CasePages.location(history.caseId()));

        RouterLink link = find(RouterLink.class).id("case-as-of-link");

        assertThat(link.getText()).isEqualTo(polish("pit.case-link"));
        assertThat(link.getHref()).isEqualTo(CasePages.location(history.caseId()) + "/as-of");
    }

    @Test
    void the_auditor_picks_a_family_on_the_start_page_and_then_its_day() {
        History history = aCaseWhosePlanWasRevised();
        signInAs("audytor");
        open("audit");

        test(find(Button.class).id("pit-audit-open")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CaseSummary> family = find(ComboBox.class).id("pit-audit-family");
        assertThat(family.isInvalid()).isTrue();
        test(family).selectItem(history.family());
        test(find(Button.class).id("pit-audit-open")).click();

        assertThat(pageHeading()).isEqualTo(polish("pit.title"));
        assertThat(find(Button.class).id("pit-show").isVisible()).isTrue();
    }

    @Test
    void the_assistant_sees_that_the_auditor_looked_at_the_file_as_it_stood_after_which_event() {
        History history = aCaseWhosePlanWasRevised();
        signInAs("audytor");
        open(CaseHistoryPages.location(history.caseId(), HistoryPoint.position(history.afterFirstPlan())));
        signInAs("asystent");

        open(CasePages.location(history.caseId()));

        @SuppressWarnings("unchecked")
        Grid<AccessRecordRow> openings = find(Grid.class).id("case-openings-grid");
        int auditorsRow = IntStream.range(0, test(openings).size())
                .filter(row -> test(openings).getRow(row).actorName().equals("Robert Szymański"))
                .findFirst().orElseThrow();
        assertThat(test(openings).getCellText(auditorsRow, OPENING_PURPOSE)).isEqualTo(
                polish("case.openings.basis.AUDIT") + "; " + translations.getTranslation("pit.openings.as-of",
                        Translations.POLISH, String.valueOf(history.afterFirstPlan())));
    }

    // ---------------------------------------------------------------- helpers

    @SuppressWarnings("unchecked")
    private Grid<TimelineRow> grid(String id) {
        return find(Grid.class).id(id);
    }

    private List<TimelineRow> rows(Grid<TimelineRow> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(test(grid)::getRow).toList();
    }
}
