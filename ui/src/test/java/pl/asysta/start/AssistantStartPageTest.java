package pl.asysta.start;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.access.AccessAlertRow;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.DueActionRow;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.cases.familycase.ui.CaseScreenTest;
import pl.asysta.forms.Dates;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;
import static pl.asysta.start.AgencyFixture.SCHOOL;
import static pl.asysta.start.AgencyFixture.SCHOOL_STAFF;

@PortalTest
class AssistantStartPageTest extends CaseScreenTest {

    @Autowired
    AgencyFixture agencies;

    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;

    @Test
    void the_assistant_sees_only_their_own_families_and_an_overdue_assessment_is_flagged() {
        String overdue = uniqueFamilyName("Zaległowscy");
        String someoneElses = uniqueFamilyName("Obcy");
        cases.active(overdue, ASSISTANT.userId(), ASSISTANT.displayName(), today().minusMonths(7));
        cases.active(someoneElses, new UserId("asystent-z-innego-zespolu"), "Jolanta Inna", today());
        signInAs("asystent");

        open("assistant");

        Grid<CaseSummary> families = myFamilies();
        List<String> names = families.getListDataView().getItems().map(CaseSummary::familyName).toList();
        assertThat(names).contains(overdue).doesNotContain(someoneElses);
        assertThat(families.getListDataView().getItems()).allMatch(row -> ASSISTANT.userId().equals(row.assistantId()));
        int row = names.indexOf(overdue);
        assertThat(test(families).getCellComponent(row, 2).getElement().getTextRecursively())
                .contains(translations.getTranslation("assessment.overdue", Translations.POLISH));
        assertThat(families.getListDataView().getItems().findFirst().orElseThrow().assessmentOverdue()).isTrue();
    }

    @Test
    void an_action_due_this_week_is_listed_with_its_family() {
        String family = uniqueFamilyName("Terminowscy");
        CaseId caseId = cases.active(family, ASSISTANT);
        cases.firstPlan(caseId, ASSISTANT, "Cele");
        signInAs("asystent");

        open("assistant");

        @SuppressWarnings("unchecked")
        Grid<DueActionRow> grid = find(Grid.class).id("due-actions");
        assertThat(grid.getListDataView().getItems().map(DueActionRow::familyName)).contains(family);
    }

    @Test
    void the_assistant_is_told_that_the_school_opened_a_familys_file_and_marks_it_reviewed() {
        String family = uniqueFamilyName("Oglądani");
        CaseId caseId = cases.active(family, ASSISTANT);
        agencies.consent(caseId, SCHOOL, Set.of(DataCategory.BASIC, DataCategory.EDUCATION), ASSISTANT,
                SCHOOL_STAFF);
        assertThat(caseFiles.open(caseId, SCHOOL_STAFF)).isPresent();
        signInAs("asystent");

        open("assistant");

        Grid<AccessAlertRow> alerts = grid("access-alerts");
        int row = alertFamilies().indexOf(family);
        assertThat(row).isNotNegative();
        assertThat(rowText(alerts, row)).contains(SCHOOL_STAFF.displayName(), polish("role.INSTITUTION_STAFF"),
                "Szkoła Podstawowa nr 1 w Przykładowie", polish("institution.kind.SCHOOL"),
                polish("category.EDUCATION"));
        Button reviewed = (Button) test(alerts).getCellComponent(row, alerts.getColumns().size() - 1);
        assertThat(reviewed.getAriaLabel().orElseThrow()).contains(family, SCHOOL_STAFF.displayName());
        test(reviewed).click();

        assertThat(alertFamilies()).doesNotContain(family);
        open("assistant");
        assertThat(alertFamilies()).doesNotContain(family);
    }

    @Test
    void a_referral_of_the_assistants_family_past_its_deadline_is_flagged_overdue() {
        String family = uniqueFamilyName("Spóźnieni");
        CaseId caseId = cases.active(family, ASSISTANT);
        agencies.referOverdue(caseId, SCHOOL, "Frekwencja Zosi", 2, ASSISTANT);
        signInAs("asystent");

        open("assistant");

        Grid<ReferralRow> due = grid("referrals-due");
        int row = due.getListDataView().getItems().map(ReferralRow::familyName).toList().indexOf(family);
        assertThat(row).isNotNegative();
        assertThat(rowText(due, row)).contains("Frekwencja Zosi", polish("inbox.overdue"),
                "Szkoła Podstawowa nr 1 w Przykładowie", Dates.format(today().minusDays(2)));
    }

    private List<String> alertFamilies() {
        if (!find(Grid.class).withId("access-alerts").exists()) {
            return List.of();
        }
        Grid<AccessAlertRow> alerts = grid("access-alerts");
        return alerts.getListDataView().getItems().map(AccessAlertRow::familyName).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return find(Grid.class).id(id);
    }

    private <T> String rowText(Grid<T> grid, int row) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < grid.getColumns().size(); column++) {
            text.append(test(grid).getCellText(row, column)).append(" | ");
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private Grid<CaseSummary> myFamilies() {
        return find(Grid.class).id("my-families");
    }
}
