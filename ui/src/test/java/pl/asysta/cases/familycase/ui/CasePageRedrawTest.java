package pl.asysta.cases.familycase.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * After a step, the case page shows what it did without being opened again, and draws again only what the step
 * touched: an earlier plan version the assistant is reading stays in view while she records a consent, and the
 * plan comes back to the version in force once she documents her work.
 */
@PortalTest
class CasePageRedrawTest extends CaseScreenTest {

    private static final InstitutionId SCHOOL = new InstitutionId("szkola-podstawowa-1");

    @Autowired
    InstitutionRegister register;
    @Autowired
    InstitutionDirectory directory;

    @Test
    void a_consent_redraws_the_ledger_and_the_timeline_and_leaves_the_plan_version_being_read() {
        register.register(new Institution(SCHOOL, directory.displayName(SCHOOL), InstitutionKind.SCHOOL));
        CaseId caseId = twoPlanVersions(uniqueFamilyName("Odświeżani"));
        signInAs("asystent");
        open(CasePages.location(caseId));
        readPlanVersion(1);
        Object header = find(CaseHeader.class).single();

        test(find(Button.class).id("case-sharing-record-consent")).click();
        test(comboBox("sharing-consent-person")).selectItem("Maria Kowalska");
        test(comboBox("sharing-consent-institution")).selectItem(directory.displayName(SCHOOL));
        @SuppressWarnings("unchecked")
        CheckboxGroup<DataCategory> categories = find(CheckboxGroup.class).id("sharing-consent-categories");
        test(categories).selectItem(polish("category.EDUCATION"));
        test(find(TextField.class).id("sharing-consent-purpose")).setValue("Wsparcie Zosi w nauce");
        test(find(DatePicker.class).id("sharing-consent-valid-until")).setValue(today().plusMonths(6));
        test(find(TextField.class).id("sharing-consent-form")).setValue("Z/11/2026");
        test(find(Button.class).id("dialog-save")).click();
        untilShown();

        assertThat(test(find(Grid.class).id("sharing-consents")).size()).isEqualTo(1);
        assertThat(List.of(test(timeline()).getRow(0).type(), test(timeline()).getRow(1).type()))
                .containsExactlyInAnyOrder("SharingConsentRecorded", "AccessGranted");
        assertThat(shownPlanVersion()).as("the plan the assistant is reading").isEqualTo(1);
        assertThat(find(CaseHeader.class).single()).as("the header is not drawn again").isSameAs(header);
    }

    @Test
    void a_documented_visit_shows_on_the_timeline_and_brings_the_plan_back_to_the_version_in_force() {
        CaseId caseId = twoPlanVersions(uniqueFamilyName("Dokumentowani"));
        signInAs("asystent");
        open(CasePages.location(caseId));
        readPlanVersion(1);

        test(find(Button.class).id("actions-document-work")).click();
        test(find(TextArea.class).id("work-notes")).setValue("Wizyta bez ponownego otwierania strony.");
        test(find(Button.class).id("dialog-save")).click();
        untilShown();

        assertThat(newest().type()).isEqualTo("WorkDocumented");
        assertThat(newest().text()).isEqualTo("Wizyta bez ponownego otwierania strony.");
        assertThat(shownPlanVersion()).isEqualTo(2);
    }

    private CaseId twoPlanVersions(String family) {
        CaseId caseId = cases.active(family, ASSISTANT);
        cases.firstPlan(caseId, ASSISTANT, "Cele pierwszej wersji");
        int before = cases.entries(caseId);
        cases.commands().adoptWorkPlan(caseId, 1, "Cele drugiej wersji", List.of(new PlanAction(null,
                "Konsultacja w poradni", new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Jan Kowalski", null),
                today().plusDays(20), "Diagnoza")), ASSISTANT);
        return cases.settled(caseId, before + 1);
    }

    private void readPlanVersion(int number) {
        Select<PlanVersionDetails> version = planVersion();
        PlanVersionDetails chosen = version.getListDataView().getItems()
                .filter(plan -> plan.version() == number).findFirst().orElseThrow();
        test(version).selectItem(version.getItemLabelGenerator().apply(chosen));
        assertThat(shownPlanVersion()).isEqualTo(number);
    }

    private int shownPlanVersion() {
        return planVersion().getValue().version();
    }

    @SuppressWarnings("unchecked")
    private Select<PlanVersionDetails> planVersion() {
        return find(Select.class).id("plan-version");
    }

    private TimelineRow newest() {
        return test(timeline()).getRow(0);
    }
}
