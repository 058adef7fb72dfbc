package pl.asysta.start;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import pl.asysta.PortalTest;
import pl.asysta.cases.CaseId;
import pl.asysta.cases.query.CaseSummary;
import pl.asysta.cases.query.DueActionRow;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.UserId;
import pl.asysta.caseview.CaseScreenTest;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.caseview.CaseFixture.ASSISTANT;
import static pl.asysta.caseview.CaseFixture.today;
import static pl.asysta.caseview.CaseFixture.uniqueFamilyName;

@PortalTest
class AssistantStartPageTest extends CaseScreenTest {


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

    @SuppressWarnings("unchecked")
    private Grid<CaseSummary> myFamilies() {
        return find(Grid.class).id("my-families");
    }
}
