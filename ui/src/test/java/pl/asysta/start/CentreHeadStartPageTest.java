package pl.asysta.start;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.AssignmentRequestRow;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.familycase.CaseloadRow;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.CaseId;
import pl.asysta.shell.SignedInBrowserlessTest;
import pl.asysta.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.asysta.cases.familycase.ui.CaseFixture.HEAD;
import static pl.asysta.cases.familycase.ui.CaseFixture.SECOND_ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.SOCIAL_WORKER;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

@PortalTest
class CentreHeadStartPageTest extends SignedInBrowserlessTest {

    @Autowired
    CaseFixture cases;

    @Autowired
    CaseFileQueries fileQueries;

    @Autowired
    WorkListQueries workLists;

    @Autowired
    Translations translations;

    @Autowired
    AgencyFixture agencies;

    @Test
    void the_head_sees_every_assistants_caseload_as_a_chart_and_as_figures() {
        cases.active(uniqueFamilyName("Obciążeni"), CaseFixture.ASSISTANT);
        signInAs("kierownik");

        open("centre-head");

        Svg chart = find(Svg.class).id("caseload-chart");
        assertThat(chart.getElement().toString()).contains("role=\"img\"").contains("<title").contains("Anna Kowalska");
        String figures = find(NativeTable.class).id("caseload-table").getElement().getTextRecursively();
        assertThat(figures).contains("Anna Kowalska").contains("Marek Wiśniewski").contains("z 15");
    }

    @Test
    void the_head_assigns_an_assistant_to_a_waiting_family_and_the_case_shows_them() {
        String family = uniqueFamilyName("Czekający");
        CaseId caseId = cases.awaitingAssignment(family);
        signInAs("kierownik");
        open("centre-head");

        test(assignButtonOf(family)).click();
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> assistant = find(ComboBox.class).id("assign-assistant");
        test(assistant).selectItem(assistant.getItemLabelGenerator().apply(assistantNamed("Anna Kowalska", assistant)));
        test(find(Button.class).id("dialog-save")).click();
        untilShown();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() ->
                fileQueries.details(caseId, HEAD).map(details -> "Anna Kowalska".equals(details.assistantName()))
                        .orElse(false));
        open("centre-head");
        assertThat(awaitingFamilies()).doesNotContain(family);
        open(CasePages.location(caseId));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Anna Kowalska");
    }

    @Test
    void a_sixteenth_family_for_a_full_assistant_is_refused_and_the_dialog_keeps_the_choice() {
        fillCaseloadOf(SECOND_ASSISTANT.displayName());
        String family = uniqueFamilyName("Szesnaści");
        cases.awaitingAssignment(family);
        signInAs("kierownik");
        open("centre-head");

        test(assignButtonOf(family)).click();
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> assistant = find(ComboBox.class).id("assign-assistant");
        StaffMember full = assistantNamed("Marek Wiśniewski", assistant);
        test(assistant).selectItem(assistant.getItemLabelGenerator().apply(full));
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(Paragraph.class).id("dialog-problem").getText()).isEqualTo(
                translations.getTranslation("rule.case.caseload-full", Translations.POLISH,
                        CaseRules.MAX_FAMILIES_PER_ASSISTANT));
        assertThat(find(ComboBox.class).id("assign-assistant").getValue()).isEqualTo(full);
        assertThat(awaitingFamilies()).contains(family);
    }

    @Test
    void the_head_sees_a_referral_of_the_centre_whose_answer_is_overdue() {
        String family = uniqueFamilyName("Niedoczekani");
        agencies.referOverdue(cases.awaitingAssignment(family), AgencyFixture.SCHOOL, "Opinia szkoły", 3,
                SOCIAL_WORKER);
        signInAs("kierownik");

        open("centre-head");

        @SuppressWarnings("unchecked")
        Grid<ReferralRow> due = find(Grid.class).id("referrals-due");
        int row = due.getListDataView().getItems().map(ReferralRow::familyName).toList().indexOf(family);
        assertThat(row).isNotNegative();
        assertThat(test(due).getCellText(row, 0)).contains(polish("inbox.overdue"));
    }

    /** The assign button in the family's row; grid cells are rendered on demand, so the tester fetches it. */
    @SuppressWarnings("unchecked")
    private Button assignButtonOf(String family) {
        Grid<AssignmentRequestRow> grid = find(Grid.class).id("awaiting-assignment");
        int row = awaitingFamilies().indexOf(family);
        Button assign = (Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        assertThat(assign.getAriaLabel()).contains(polish("head.assign.label", family));
        return assign;
    }

    private void fillCaseloadOf(String assistantName) {
        int active = workLists.caseloads(HEAD).stream().filter(row -> row.assistantName().equals(assistantName))
                .mapToInt(CaseloadRow::activeFamilies).findFirst().orElse(0);
        for (int i = active; i < CaseRules.MAX_FAMILIES_PER_ASSISTANT; i++) {
            cases.active(uniqueFamilyName("Pełni"), SECOND_ASSISTANT);
        }
    }

    private static StaffMember assistantNamed(String name, ComboBox<StaffMember> assistant) {
        return assistant.getListDataView().getItems().filter(member -> member.displayName().equals(name))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<String> awaitingFamilies() {
        if (!find(Grid.class).withId("awaiting-assignment").exists()) {
            return List.of();
        }
        Grid<AssignmentRequestRow> grid = find(Grid.class).id("awaiting-assignment");
        return grid.getListDataView().getItems().map(AssignmentRequestRow::familyName).toList();
    }

    private String polish(String key, Object... arguments) {
        return translations.getTranslation(key, Translations.POLISH, arguments);
    }
}
