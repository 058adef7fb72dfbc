package pl.asysta.cases.familycase.ui;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

@PortalTest
class CasePageTest extends CaseScreenTest {

    @Test
    void the_assistant_documents_a_visit_and_it_appears_at_the_top_of_the_timeline() {
        CaseId caseId = cases.active(uniqueFamilyName("Wizytowscy"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("actions-document-work")).click();
        test(find(TextArea.class).id("work-participants")).setValue("Maria Kowalska\nZosia Kowalska");
        test(find(TextArea.class).id("work-notes")).setValue("Rozmowa o planie dnia Zosi i odrabianiu lekcji.");
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(Button.class).id("actions-document-work")).isNotNull();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            TimelineRow newest = test(timeline()).getRow(0);
            assertThat(newest.type()).isEqualTo("WorkDocumented");
            assertThat(newest.text()).isEqualTo("Rozmowa o planie dnia Zosi i odrabianiu lekcji.");
        });
    }

    @Test
    void a_visit_dated_tomorrow_is_refused_in_polish_and_the_dialog_keeps_what_was_typed() {
        CaseId caseId = cases.active(uniqueFamilyName("Jutrzejscy"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("actions-document-work")).click();
        test(find(DatePicker.class).id("work-date")).setValue(today().plusDays(1));
        test(find(TextArea.class).id("work-notes")).setValue("Notatka, która nie może zginąć.");
        test(find(Button.class).id("dialog-save")).click();

        DatePicker date = find(DatePicker.class).id("work-date");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo(polish("form.date.not-in-future"));
        assertThat(find(Paragraph.class).id("dialog-problem").getText()).isEqualTo(polish("form.fix-fields"));
        assertThat(find(TextArea.class).id("work-notes").getValue()).isEqualTo("Notatka, która nie może zginąć.");
        assertThat(date.getValue()).isEqualTo(today().plusDays(1));
    }

    @Test
    void the_assistant_adopts_plan_version_two_while_version_one_stays_viewable() {
        CaseId caseId = cases.active(uniqueFamilyName("Planowscy"), ASSISTANT);
        cases.firstPlan(caseId, ASSISTANT, "Cele pierwszej wersji");
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("actions-adopt-plan")).click();
        assertThat(find(TextArea.class).id("plan-goals-field").getValue()).isEqualTo("Cele pierwszej wersji");
        test(find(TextArea.class).id("plan-goals-field")).setValue("Cele drugiej wersji");
        test(find(Button.class).withClassName("add-row").single()).click();
        List<TextField> descriptions = find(TextField.class).withClassName("action-description").all();
        assertThat(descriptions).hasSize(2);
        test(descriptions.get(1)).setValue("Konsultacja w poradni psychologiczno-pedagogicznej");
        test(find(TextField.class).withClassName("action-owner-name").all().get(1)).setValue("Jan Kowalski");
        test(find(DatePicker.class).withClassName("action-deadline").all().get(1)).setValue(today().plusDays(30));
        test(find(TextField.class).withClassName("action-effect").all().get(1)).setValue("Diagnoza i zalecenia");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(find(Paragraph.class).id("plan-goals").getText()).isEqualTo("Cele drugiej wersji");
        });
        @SuppressWarnings("unchecked")
        Select<PlanVersionDetails> version = find(Select.class).id("plan-version");
        assertThat(version.getValue().version()).isEqualTo(2);
        assertThat(version.getValue().actions()).hasSize(2);
        PlanVersionDetails first = version.getListDataView().getItems()
                .filter(plan -> plan.version() == 1).findFirst().orElseThrow();
        test(version).selectItem(version.getItemLabelGenerator().apply(first));

        assertThat(find(Paragraph.class).id("plan-goals").getText()).isEqualTo("Cele pierwszej wersji");
        assertThat(first.actions()).hasSize(1);
    }

    @Test
    void a_plan_adopted_by_someone_else_meanwhile_is_refused_and_the_draft_stays_in_the_dialog() {
        CaseId caseId = cases.active(uniqueFamilyName("Równoczescy"), ASSISTANT);
        cases.firstPlan(caseId, ASSISTANT, "Pierwsze cele");
        signInAs("asystent");
        open(CasePages.location(caseId));
        test(find(Button.class).id("actions-adopt-plan")).click();
        test(find(TextArea.class).id("plan-goals-field")).setValue("Moja wersja celów");

        cases.commands().adoptWorkPlan(caseId, 1, "Cele przyjęte w drugiej karcie", List.of(new PlanAction(null,
                "Wizyta w poradni", new ActionOwner(ActionOwner.Kind.ASSISTANT, "Anna Kowalska", null),
                today().plusDays(10), "Diagnoza")), ASSISTANT);
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(Paragraph.class).id("dialog-problem").getText())
                .isEqualTo(translations.getTranslation("rule.case.plan-changed-meanwhile", Translations.POLISH, 2));
        assertThat(find(TextArea.class).id("plan-goals-field").getValue()).isEqualTo("Moja wersja celów");
    }

    @Test
    void the_timeline_filters_by_kind_of_entry() {
        CaseId caseId = cases.active(uniqueFamilyName("Filtrowscy"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));
        assertThat(test(timeline()).size()).isEqualTo(5);

        test(find(MultiSelectComboBox.class).id("timeline-filter-type"))
                .selectItem(polish("timeline.type.AssistantAssigned"));

        assertThat(test(timeline()).size()).isEqualTo(1);
        assertThat(test(timeline()).getRow(0).subject()).isEqualTo(ASSISTANT.displayName());
    }

    @Test
    void the_header_names_the_family_its_members_with_ages_and_the_assistant() {
        String family = uniqueFamilyName("Nagłówkowscy");
        CaseId caseId = cases.active(family, ASSISTANT);
        signInAs("pracownik");
        open(CasePages.location(caseId));

        assertThat(find(H1.class).single().getText()).isEqualTo(family);
        String header = find(H1.class).single().getParent().orElseThrow().getParent().orElseThrow()
                .getElement().getTextRecursively();
        assertThat(header).contains("Zosia Kowalska").contains("wiek:").contains("Anna Kowalska")
                .contains(polish("legal-basis.CONSENT"));
        assertThat(find(Button.class).all()).extracting(Button::getText)
                .doesNotContain(polish("actions.document-work"), polish("actions.assign"));
    }

    @Test
    void the_case_page_speaks_english_after_the_language_switch() {
        CaseId caseId = cases.active(uniqueFamilyName("Angielscy"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("language-switch")).click();

        assertThat(find(Button.class).id("actions-document-work").getText()).isEqualTo("Document work with the family");
        assertThat(find(Grid.class).id("timeline").getAriaLabel()).contains("Case timeline");
        assertThat(test(timeline()).getCellText(0, 2)).isEqualTo("Basic data");
    }

    @Test
    void an_assistant_cannot_open_the_case_of_another_assistants_family() {
        CaseId caseId = cases.active(uniqueFamilyName("Cudzowscy"), new UserId("asystent-spoza-demo"), "Jolanta Inna",
                today());
        signInAs("asystent");

        open(CasePages.location(caseId));

        assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));
    }

    @Test
    void a_coordinator_cannot_open_a_case_they_do_not_coordinate() {
        CaseId caseId = cases.active(uniqueFamilyName("Niekoordynowani"), ASSISTANT);
        signInAs("koordynator");

        open(CasePages.location(caseId));

        assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));
    }

    @Test
    void a_school_cannot_open_a_case_page_at_all() {
        CaseId caseId = cases.active(uniqueFamilyName("Szkolni"), ASSISTANT);
        signInAs("szkola");

        open(CasePages.location(caseId));

        assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));
    }

    @Test
    void a_head_cannot_open_the_case_of_another_centre() {
        Actor otherCentresSocialWorker = new Actor(new UserId("pracownik-innego-ops"), "Ewa Inna",
                Set.of(Role.SOCIAL_WORKER), new InstitutionId("ops-sasiednia-gmina"));
        CaseId caseId = cases.commands().registerFamily(uniqueFamilyName("Sąsiedzcy"), List.of(new FamilyMember(
                null, "Adam", "Sąsiedzki", FamilyMember.Kinship.PARENT, null)), null, null, otherCentresSocialWorker).id();
        signInAs("kierownik");

        open(CasePages.location(caseId));

        assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));
    }
}
