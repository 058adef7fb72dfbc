package pl.asysta.cases.familycase.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.HEAD;
import static pl.asysta.cases.familycase.ui.CaseFixture.SOCIAL_WORKER;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.CaseDetails.MemberRow;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.security.demo.DemoAccounts;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.staff.StaffMember;

/**
 * The case page offers each person one button for each step the case permits them now, and no other: the case
 * decides, the page only draws. The rows are what each person sees on a family an assistant works with.
 */
@PortalTest
class CaseActionsTest extends CaseScreenTest {

    @Autowired
    CaseFileQueries queries;

    @Test
    void the_assistant_the_social_worker_and_the_head_each_see_the_steps_of_their_part() {
        CaseId caseId = cases.active(uniqueFamilyName("Przyciskowi"), ASSISTANT);

        assertThat(buttonsSeenBy("asystent", caseId)).containsExactly("actions-court-order",
                "actions-withdraw-consent", "actions-document-work", "actions-adopt-plan", "actions-assessment",
                "actions-foster-care", "actions-za-zyciem", "actions-close");
        assertThat(buttonsSeenBy("pracownik", caseId)).as("the interview may be brought up to date while the "
                + "assistant works").containsExactly("actions-interview", "actions-court-order",
                "actions-withdraw-consent", "actions-za-zyciem");
        assertThat(buttonsSeenBy("kierownik", caseId)).as("the head records a court order too")
                .containsExactly("actions-court-order", "actions-reassign");
    }

    @Test
    void the_head_is_offered_the_assignment_of_a_requested_family_and_told_what_is_missing_for_it() {
        CaseId caseId = cases.registered(uniqueFamilyName("Bezzgodni"));
        cases.commands().requestAssistant(caseId, "Trudności wychowawcze.", SOCIAL_WORKER);
        cases.settled(caseId, 2);

        assertThat(buttonsSeenBy("kierownik", caseId)).containsExactly("actions-court-order", "actions-assign");
        test(find(Button.class).id("actions-assign")).click();
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> assistant = find(ComboBox.class).id("assign-assistant");
        StaffMember anna = test(assistant).getSuggestionItems().stream()
                .filter(member -> member.userId().equals(ASSISTANT.userId())).findFirst().orElseThrow();
        test(assistant).selectItem(assistant.getItemLabelGenerator().apply(anna));
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(Paragraph.class).id("dialog-problem").getText())
                .isEqualTo(polish("rule.case.legal-basis-missing"));
    }

    @Test
    void the_coordinator_named_for_a_child_of_the_family_is_offered_the_consultation_and_nothing_else() {
        CaseId caseId = cases.active(uniqueFamilyName("Pieczowi"), ASSISTANT);
        Actor coordinator = DemoAccounts.find("koordynator").orElseThrow().actor();
        MemberRow child = queries.details(caseId, HEAD).orElseThrow().members().stream()
                .filter(member -> member.firstName().equals("Zosia")).findFirst().orElseThrow();
        cases.commands().recordFosterCarePlacement(caseId, child.memberId(), today(), "Rodzina zastępcza",
                coordinator.userId(), coordinator.displayName(), "PPD/3/2026", ASSISTANT);
        cases.settled(caseId, 6);

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(buttonsSeenBy("koordynator", caseId)).containsExactly("actions-coordination"));
        assertThat(buttonsSeenBy("asystent", caseId)).contains("actions-coordination");
    }

    /** The buttons a fresh case page shows the person (leaving the page first, so it is drawn for them). */
    private List<String> buttonsSeenBy(String username, CaseId caseId) {
        open("");
        signInAs(username);
        open(CasePages.location(caseId));
        Component buttons = find(CaseActions.class).single().getChildren()
                .filter(child -> child.getClassNames().contains("action-buttons")).findFirst().orElseThrow();
        return buttons.getChildren().map(Component::getId).flatMap(Optional::stream).toList();
    }
}
