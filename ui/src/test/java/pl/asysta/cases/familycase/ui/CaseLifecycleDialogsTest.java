package pl.asysta.cases.familycase.ui;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.PlanVersionDetails.PlanActionRow;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.forms.Dates;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.UserId;
import pl.asysta.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

/**
 * The dialogs that move a case through its life after assignment, each driven as its user would: the button on
 * the case page, the fields, save, and what the page shows once the read side has caught up.
 */
@PortalTest
class CaseLifecycleDialogsTest extends CaseScreenTest {

    private static final int PLAN_STATUS_COLUMN = 4;
    private static final int PLAN_STEPS_COLUMN = 5;

    @Test
    void the_assistant_records_a_periodic_assessment() {
        CaseId caseId = cases.active(uniqueFamilyName("Oceniani"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("actions-assessment")).click();
        test(find(TextArea.class).id("assessment-situation")).setValue("Rodzina stabilna, dzieci chodzą do szkoły.");
        test(find(TextArea.class).id("assessment-progress")).setValue("Zaległości szkolne nadrobione w połowie.");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(newest().type()).isEqualTo("PeriodicAssessmentRecorded");
            assertThat(header()).contains(polish("case.header.last-assessment"))
                    .contains(Dates.format(today()));
        });
    }

    @Test
    void the_assistant_notes_progress_on_a_plan_action_and_then_completes_it() {
        CaseId caseId = cases.active(uniqueFamilyName("Postępowi"), ASSISTANT);
        cases.firstPlan(caseId, ASSISTANT, "Cele z działaniem do realizacji");
        signInAs("asystent");
        open(CasePages.location(caseId));

        step(ActionStepDialog.Step.PROGRESS).click();
        test(find(TextArea.class).id("action-step-note")).setValue("Pierwsza wizyta w szkole odbyta.");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(newest().type()).isEqualTo("PlanActionProgressed");
            assertThat(planStatus()).contains("Pierwsza wizyta w szkole odbyta.");
        });

        step(ActionStepDialog.Step.COMPLETE).click();
        test(find(TextArea.class).id("action-step-note")).setValue("Zosia nadrobiła zaległości.");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(newest().type()).isEqualTo("PlanActionCompleted");
            assertThat(planStatus()).contains("Zosia nadrobiła zaległości.");
            assertThat(stepButtons()).isEmpty();
        });
    }

    @Test
    void the_assistant_drops_a_plan_action_with_a_reason() {
        CaseId caseId = cases.active(uniqueFamilyName("Zaniechani"), ASSISTANT);
        cases.firstPlan(caseId, ASSISTANT, "Cele z działaniem do zaniechania");
        signInAs("asystent");
        open(CasePages.location(caseId));

        step(ActionStepDialog.Step.DROP).click();
        test(find(TextArea.class).id("action-step-note")).setValue("Szkoła sama prowadzi zajęcia wyrównawcze.");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(newest().type()).isEqualTo("PlanActionDropped");
            assertThat(planStatus()).contains("Szkoła sama prowadzi zajęcia wyrównawcze.");
            assertThat(stepButtons()).isEmpty();
        });
    }

    @Test
    void the_assistant_closes_the_case_records_monitoring_and_ends_it() {
        CaseId caseId = cases.active(uniqueFamilyName("Zamykani"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("actions-close")).click();
        @SuppressWarnings("unchecked")
        ComboBox<ClosureReason> reason = find(ComboBox.class).id("close-reason");
        test(reason).selectItem(polish("closure.reason.GOALS_ACHIEVED"));
        test(find(TextArea.class).id("close-summary")).setValue("Cele planu osiągnięte, rodzina radzi sobie sama.");
        test(find(IntegerField.class).id("close-monitoring-months")).setValue(3);
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(status()).isEqualTo(polish("case.status.MONITORING"));
            assertThat(newest().type()).isEqualTo("CaseClosed");
            assertThat(header()).contains("Cele planu osiągnięte, rodzina radzi sobie sama.")
                    .contains(polish("closure.reason.GOALS_ACHIEVED"))
                    .contains(Dates.format(today().plusMonths(3)));
        });

        test(find(Button.class).id("actions-monitoring-entry")).click();
        test(find(TextArea.class).id("monitoring-notes")).setValue("Telefon do matki: wszystko w porządku.");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(newest().type()).isEqualTo("MonitoringEntryRecorded");
            assertThat(newest().text()).isEqualTo("Telefon do matki: wszystko w porządku.");
            assertThat(status()).isEqualTo(polish("case.status.MONITORING"));
        });

        test(find(Button.class).id("actions-end-monitoring")).click();
        @SuppressWarnings("unchecked")
        ComboBox<MonitoringOutcome> outcome = find(ComboBox.class).id("end-monitoring-outcome");
        test(outcome).selectItem(polish("monitoring.outcome.SITUATION_STABLE"));
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(status()).isEqualTo(polish("case.status.CLOSED"));
            assertThat(newest().type()).isEqualTo("MonitoringEnded");
            assertThat(header()).contains(polish("monitoring.outcome.SITUATION_STABLE"));
        });
        assertThat(find(Button.class).all()).extracting(Button::getId)
                .doesNotContain(java.util.Optional.of("actions-monitoring-entry"));
    }

    @Test
    void withdrawing_consent_without_a_court_order_closes_the_case_into_monitoring() {
        CaseId caseId = cases.active(uniqueFamilyName("Wycofani"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("actions-withdraw-consent")).click();
        assertThat(find(IntegerField.class).id("withdraw-monitoring-months").isVisible()).isTrue();
        test(find(TextArea.class).id("withdraw-note")).setValue("Rodzina nie chce dalszej pomocy.");
        test(find(IntegerField.class).id("withdraw-monitoring-months")).setValue(2);
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(status()).isEqualTo(polish("case.status.MONITORING"));
            assertThat(List.of(test(timeline()).getRow(0).type(), test(timeline()).getRow(1).type()))
                    .containsExactlyInAnyOrder("ConsentWithdrawn", "CaseClosed");
            assertThat(header()).contains(polish("closure.reason.CONSENT_WITHDRAWN"))
                    .contains(Dates.format(today().plusMonths(2)));
        });
        assertThat(find(Button.class).id("actions-monitoring-entry")).isNotNull();
    }

    @Test
    void the_head_hands_the_case_to_another_assistant() {
        CaseId caseId = cases.active(uniqueFamilyName("Przekazani"), new UserId("asystent-odchodzacy"),
                "Irena Odchodząca", today());
        signInAs("kierownik");
        open(CasePages.location(caseId));

        test(find(Button.class).id("actions-reassign")).click();
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> assistant = find(ComboBox.class).id("assign-assistant");
        StaffMember anna = test(assistant).getSuggestionItems().stream()
                .filter(member -> member.userId().equals(ASSISTANT.userId())).findFirst().orElseThrow();
        test(assistant).selectItem(assistant.getItemLabelGenerator().apply(anna));
        test(find(TextArea.class).id("assign-reason")).setValue("Poprzednia asystentka odchodzi z ośrodka.");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(newest().type()).isEqualTo("AssistantReassigned");
            assertThat(header()).contains(ASSISTANT.displayName()).doesNotContain("Irena Odchodząca");
            assertThat(status()).isEqualTo(polish("case.status.ACTIVE"));
        });
    }

    @Test
    void the_social_worker_reopens_a_case_in_monitoring() {
        CaseId caseId = closed(uniqueFamilyName("Wznawiani"));
        signInAs("pracownik");
        open(CasePages.location(caseId));
        assertThat(status()).isEqualTo(polish("case.status.MONITORING"));

        reopen("Rodzina znów prosi o pomoc po utracie pracy przez ojca.");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(status()).isEqualTo(polish("case.status.INTAKE"));
            assertThat(newest().type()).isEqualTo("CaseReopened");
        });
        assertThat(find(Button.class).id("actions-request-assistant")).isNotNull();
    }

    @Test
    void the_head_reopens_a_case_closed_for_good() {
        CaseId caseId = closed(uniqueFamilyName("Powracający"));
        int before = cases.entries(caseId);
        cases.commands().endMonitoring(caseId, MonitoringOutcome.NEEDS_RENEWED_SUPPORT, null, ASSISTANT);
        cases.settled(caseId, before + 1);
        signInAs("kierownik");
        open(CasePages.location(caseId));
        assertThat(status()).isEqualTo(polish("case.status.CLOSED"));

        reopen("Szkoła zgłasza ponowne problemy wychowawcze.");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(status()).isEqualTo(polish("case.status.INTAKE"));
            assertThat(newest().type()).isEqualTo("CaseReopened");
        });
    }

    @Test
    void the_assistant_starts_za_zyciem_support_and_draws_up_its_catalogue() {
        CaseId caseId = cases.active(uniqueFamilyName("Zażyciowi"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));
        assertThat(find(Button.class).all()).extracting(Button::getId)
                .doesNotContain(java.util.Optional.of("actions-support-catalogue"));

        test(find(Button.class).id("actions-za-zyciem")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> ground = find(RadioButtonGroup.class).id("za-zyciem-ground");
        test(ground).selectItem(polish("zazyciem.ground.PREGNANCY"));
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(newest().type()).isEqualTo("ZaZyciemSupportStarted");
            assertThat(header()).contains(polish("zazyciem.ground.PREGNANCY"));
        });

        test(find(Button.class).id("actions-support-catalogue")).click();
        test(find(TextField.class).withClassName("catalogue-support").single())
                .setValue("Konsultacje położnej w domu");
        test(find(TextField.class).withClassName("catalogue-provider").single()).setValue("Przychodnia Zdrowie");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(newest().type()).isEqualTo("SupportCatalogueDrawnUp");
            assertThat(header()).contains("Konsultacje położnej w domu – Przychodnia Zdrowie");
        });
    }

    /** Active, then closed by the assistant with three months of monitoring. */
    private CaseId closed(String familyName) {
        CaseId caseId = cases.active(familyName, ASSISTANT);
        int before = cases.entries(caseId);
        cases.commands().close(caseId, ClosureReason.GOALS_ACHIEVED, "Cele osiągnięte.", today(), 3, ASSISTANT);
        return cases.settled(caseId, before + 1);
    }

    private void reopen(String reason) {
        test(find(Button.class).id("actions-reopen")).click();
        test(find(TextArea.class).id("reopen-reason")).setValue(reason);
        test(find(Button.class).id("dialog-save")).click();
    }

    private com.vaadin.browserless.ComponentTester<Button> step(ActionStepDialog.Step step) {
        Button button = stepButtons().stream()
                .filter(candidate -> candidate.getText().equals(polish(step.buttonKey())))
                .findFirst().orElseThrow();
        return test(button);
    }

    private List<Button> stepButtons() {
        Component steps = test(planActions()).getCellComponent(0, PLAN_STEPS_COLUMN);
        return steps.getChildren().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private String planStatus() {
        return test(planActions()).getCellComponent(0, PLAN_STATUS_COLUMN).getElement().getTextRecursively();
    }

    private String status() {
        return find(Span.class).id("case-status").getText();
    }

    private String header() {
        return find(H1.class).single().getParent().orElseThrow().getParent().orElseThrow()
                .getElement().getTextRecursively();
    }

    private TimelineRow newest() {
        return test(timeline()).getRow(0);
    }

    @SuppressWarnings("unchecked")
    private Grid<PlanActionRow> planActions() {
        return find(Grid.class).id("plan-actions");
    }
}
