package pl.asysta.cases.support.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.asysta.cases.familycase.ui.CaseFixture.HEAD;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.familycase.ui.CaseScreenTest;
import pl.asysta.cases.support.ArrangementRow;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.ui.SupportFixture.Supported;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.cases.timeline.ui.TimelineGrid;
import pl.asysta.shared.CaseId;

/**
 * The supporting family on the case page: the head records the agreement and ends it; the assistant reads the
 * help on the timeline in her language and a monthly summary of hours and money; nobody else gets the head's
 * buttons.
 */
@PortalTest
class CaseSupportPanelTest extends CaseScreenTest {

    @Autowired
    SupportFixture support;
    @Autowired
    SupportQueries queries;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;

    @Test
    void the_head_records_the_agreement_with_the_supporting_family_from_the_case_page() {
        String family = uniqueFamilyName("Umówieni");
        CaseId caseId = support.planned(family);
        signInAs("kierownik");
        open(CasePages.location(caseId));

        test(find(Button.class).id("case-support-record")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Object> household = find(ComboBox.class).id("support-record-household");
        test(household).selectItem(SupportFixture.HOUSEHOLD_NAME);
        test(find(TextField.class).id("support-record-reference")).setValue("RW/9/2026");
        test(find(DatePicker.class).id("support-record-ends")).setValue(today().plusMonths(12));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> costs = find(CheckboxGroup.class).id("support-record-costs");
        test(costs).selectItems(polish("supporting.cost-kind.TRAVEL"), polish("supporting.cost-kind.LEISURE"));
        test(find(BigDecimalField.class).id("support-record-limit")).setValue(new BigDecimal("250"));
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(panelText()).contains("RW/9/2026", SupportFixture.HOUSEHOLD_NAME, "250,00 zł",
                    polish("supporting.cost-kind.TRAVEL"), polish("supporting.cost-kind.LEISURE"));
        });
        assertThat(timelineRows()).extracting(TimelineRow::type).contains("SupportArrangementRecorded");
    }

    @Test
    void an_agreement_ending_before_it_starts_is_marked_and_nothing_is_sent() {
        CaseId caseId = support.planned(uniqueFamilyName("Odwróceni"));
        signInAs("kierownik");
        open(CasePages.location(caseId));
        test(find(Button.class).id("case-support-record")).click();

        test(find(DatePicker.class).id("support-record-ends")).setValue(today().minusDays(3));
        test(find(Button.class).id("dialog-save")).click();

        DatePicker ends = find(DatePicker.class).id("support-record-ends");
        assertThat(ends.isInvalid()).isTrue();
        assertThat(ends.getErrorMessage()).isEqualTo(polish("rule.supporting.period-backwards"));
        assertThat(find(Paragraph.class).id("dialog-problem").getText()).isEqualTo(polish("form.fix-fields"));
    }

    @Test
    void the_head_ends_the_agreement_and_the_household_can_no_longer_log_help_after_that_day() {
        Supported family = support.supported(uniqueFamilyName("Kończący"));
        signInAs("kierownik");
        open(CasePages.location(family.caseId()));

        test(find(Button.class).withClassName("end-arrangement").single()).click();
        test(find(TextArea.class).id("support-end-reason")).setValue("Rodzina wspierająca przeprowadza się.");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(family.caseId()));
            assertThat(panelText()).contains("Rodzina wspierająca przeprowadza się.");
        });
        assertThat(find(Button.class).withClassName("end-arrangement").all()).isEmpty();
        ArrangementRow ended = queries.ofCase(caseFiles.open(family.caseId(), HEAD).orElseThrow())
                .arrangements().getFirst();
        assertThat(ended.endedOn()).isEqualTo(today());
    }

    @Test
    void the_assistant_reads_the_help_on_the_timeline_and_a_monthly_summary_and_gets_no_head_buttons() {
        Supported family = support.supported(uniqueFamilyName("Podsumowani"));
        support.logHelp(family, SupportFixture.firstOfLastMonth().plusDays(2), 150, HelpKind.HOMEWORK,
                "Lekcje z Zosią.");
        support.logHelp(family, SupportFixture.firstOfLastMonth().plusDays(4), 60, HelpKind.CHILDCARE,
                "Opieka po szkole.");
        support.claimLastMonth(family, "46.20");
        signInAs("asystent");

        open(CasePages.location(family.caseId()));

        String summary = find(NativeTable.class).id("support-summary").getElement().getTextRecursively();
        assertThat(summary).contains(SupportItems.monthName(SupportFixture.lastMonth()),
                polish("supporting.help-kind.HOMEWORK") + ": 2,5 h", polish("supporting.help-kind.CHILDCARE") + ": 1 h",
                "3,5 h", "46,20 zł");
        assertThat(timelineRows()).extracting(row -> TimelineGrid.subject(row, null)).contains(
                polish("supporting.help-kind.HOMEWORK") + ", 2,5 h",
                SupportItems.monthName(SupportFixture.lastMonth()) + ": 46,20 zł");
        assertThat(panelText()).contains("bilety.pdf", polish("supporting.claim-status.SUBMITTED"));
        assertThat(find(Button.class).withId("case-support-record").exists()).isFalse();
        assertThat(find(Button.class).withClassName("end-arrangement").exists()).isFalse();
    }

    @Test
    void the_assistant_names_the_supporting_family_as_the_owner_of_a_plan_action_and_barbara_finds_her_task() {
        Supported family = support.supported(uniqueFamilyName("Zadaniowi"));
        signInAs("asystent");
        open(CasePages.location(family.caseId()));

        test(find(Button.class).id("actions-adopt-plan")).click();
        test(find(Button.class).withClassName("add-row").single()).click();
        int row = find(TextField.class).withClassName("action-description").all().size() - 1;
        test(find(TextField.class).withClassName("action-description").all().get(row))
                .setValue("Wspólne wyjście do biblioteki raz w tygodniu");
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = find(ComboBox.class).withClassName("action-owner-kind").all().get(row);
        test(kind).selectItem(polish("owner.kind.INSTITUTION"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> institution = find(ComboBox.class).withClassName("action-owner-institution").all().get(row);
        assertThat(institution.isVisible()).isTrue();
        test(institution).selectItem(SupportFixture.HOUSEHOLD_NAME);
        assertThat(find(TextField.class).withClassName("action-owner-name").all().get(row).getValue())
                .isEqualTo(SupportFixture.HOUSEHOLD_NAME);
        test(find(DatePicker.class).withClassName("action-deadline").all().get(row)).setValue(today().plusDays(40));
        test(find(TextField.class).withClassName("action-effect").all().get(row)).setValue("Zosia czyta codziennie");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(queries.forHousehold(SupportFixture.BARBARA).stream()
                        .filter(seen -> seen.arrangement().arrangementId().equals(family.arrangementId()))
                        .flatMap(seen -> seen.actions().stream()).map(action -> action.description()))
                        .contains("Wspólne wyjście do biblioteki raz w tygodniu", SupportFixture.HOUSEHOLD_ACTION)
                        .doesNotContain(SupportFixture.SCHOOL_ACTION));
    }

    private String panelText() {
        return find(Div.class).id("case-support").getElement().getTextRecursively();
    }

    private List<TimelineRow> timelineRows() {
        int size = test(timeline()).size();
        return IntStream.range(0, size).mapToObj(test(timeline())::getRow).toList();
    }
}
