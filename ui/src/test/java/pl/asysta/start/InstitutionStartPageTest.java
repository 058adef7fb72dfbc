package pl.asysta.start;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.SOCIAL_WORKER;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;
import static pl.asysta.start.AgencyFixture.CLINIC;
import static pl.asysta.start.AgencyFixture.CLINIC_STAFF;
import static pl.asysta.start.AgencyFixture.SCHOOL;
import static pl.asysta.start.AgencyFixture.SCHOOL_COLLEAGUE;
import static pl.asysta.start.AgencyFixture.SCHOOL_STAFF;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shell.SignedInBrowserlessTest;

/**
 * The school's start page: the referrals the centre sent, accepted, declined with a reason or answered from the
 * list, and the cases the school may open. Every test works on its own families, so the inbox may hold others'.
 */
@PortalTest
class InstitutionStartPageTest extends SignedInBrowserlessTest {

    @Autowired
    CaseFixture cases;

    @Autowired
    AgencyFixture agencies;

    @Autowired
    Translations translations;

    @Test
    void school_staff_see_a_new_referral_with_its_question_and_deadline_and_accept_it() {
        String family = uniqueFamilyName("Pytani");
        CaseId caseId = cases.awaitingAssignment(family);
        agencies.refer(caseId, SCHOOL, "Opinia wychowawcy", today().plusDays(2), SOCIAL_WORKER);
        signInAs("szkola");

        open("institution");

        String row = awaitingRowText(family);
        assertThat(row).contains("Opinia wychowawcy", "Jak dziecko radzi sobie w szkole?",
                polish("category." + DataCategory.EDUCATION), polish("inbox.status.OPEN"), polish("inbox.due-soon"),
                SOCIAL_WORKER.displayName());
        test(actionOf(family, "inbox-accept")).click();
        untilShown();

        assertThat(awaitingRowText(family)).contains(polish("inbox.status.ACCEPTED"));
        assertThat(actionOf(family, "inbox-answer").getAriaLabel().orElseThrow()).contains(family);
    }

    @Test
    void a_decline_without_a_reason_is_refused_in_the_dialog_and_with_one_it_is_sent() {
        String family = uniqueFamilyName("Odmówieni");
        agencies.refer(cases.awaitingAssignment(family), SCHOOL, "Opinia psychologa", today().plusDays(10),
                SOCIAL_WORKER);
        signInAs("szkola");
        open("institution");

        test(actionOf(family, "inbox-decline")).click();
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(Paragraph.class).id("dialog-problem").getText()).isEqualTo(polish("form.fix-fields"));
        TextArea reason = find(TextArea.class).id("decline-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(polish("form.required"));

        test(reason).setValue("Szkoła nie zatrudnia psychologa; proszę zwrócić się do poradni.");
        test(find(Button.class).id("dialog-save")).click();
        untilShown();

        assertThat(awaitingFamilies()).doesNotContain(family);
        assertThat(repliedRowText(family)).contains(polish("inbox.status.DECLINED"),
                "Szkoła nie zatrudnia psychologa; proszę zwrócić się do poradni.", SCHOOL_STAFF.displayName());
    }

    @Test
    void a_referral_a_colleague_accepted_meanwhile_cannot_be_declined_and_the_reason_typed_stays() {
        String family = uniqueFamilyName("Równocześni");
        var referral = agencies.refer(cases.awaitingAssignment(family), SCHOOL, "Frekwencja",
                today().plusDays(10), SOCIAL_WORKER);
        signInAs("szkola");
        open("institution");
        test(actionOf(family, "inbox-decline")).click();
        test(find(TextArea.class).id("decline-reason")).setValue("Brak danych o frekwencji.");

        agencies.accept(referral, SCHOOL_COLLEAGUE);
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(Paragraph.class).id("dialog-problem").getText())
                .isEqualTo(polish("rule.referral.not-open"));
        assertThat(find(TextArea.class).id("decline-reason").getValue()).isEqualTo("Brak danych o frekwencji.");
    }

    @Test
    void an_answer_is_dated_today_unless_changed_and_the_answered_referral_leaves_the_awaiting_list() {
        String family = uniqueFamilyName("Odpowiedziani");
        var referral = agencies.refer(cases.awaitingAssignment(family), SCHOOL, "Oceny z matematyki",
                today().plusDays(7), SOCIAL_WORKER);
        agencies.accept(referral, SCHOOL_STAFF);
        signInAs("szkola");
        open("institution");

        test(actionOf(family, "inbox-answer")).click();
        assertThat(find(DatePicker.class).id("answer-date").getValue()).isEqualTo(today());
        test(find(TextArea.class).id("answer-text")).setValue("Ocena dostateczna, poprawa od listopada.");
        test(find(Button.class).id("dialog-save")).click();
        untilShown();

        assertThat(awaitingFamilies()).doesNotContain(family);
        assertThat(repliedRowText(family)).contains(polish("inbox.status.ANSWERED"),
                "Ocena dostateczna, poprawa od listopada.");
    }

    @Test
    void school_staff_see_only_the_cases_a_grant_opens_to_them_and_open_one() {
        String consented = uniqueFamilyName("Zgodni");
        String elsewhere = uniqueFamilyName("Przychodniani");
        CaseId consentedCase = cases.awaitingAssignment(consented);
        CaseId elsewhereCase = cases.awaitingAssignment(elsewhere);
        agencies.consent(consentedCase, SCHOOL, Set.of(DataCategory.BASIC, DataCategory.EDUCATION), SOCIAL_WORKER,
                SCHOOL_STAFF);
        agencies.consent(elsewhereCase, CLINIC, Set.of(DataCategory.BASIC, DataCategory.HEALTH), SOCIAL_WORKER,
                CLINIC_STAFF);
        agencies.refer(elsewhereCase, SCHOOL, "Czy dziecko chodzi na basen?", today().plusDays(10), SOCIAL_WORKER);
        signInAs("szkola");

        open("institution");

        assertThat(grantedFamilies()).contains(consented).doesNotContain(elsewhere);
        assertThat(awaitingFamilies()).contains(elsewhere);
        open(CasePages.location(consentedCase));
        assertThat(find(H1.class).single().getText()).isEqualTo(consented);
    }

    // ---------------------------------------------------------------- the page as the person sees it

    @SuppressWarnings("unchecked")
    private Grid<ReferralRow> grid(String id) {
        return find(Grid.class).id(id);
    }

    private List<String> familiesIn(String id) {
        if (!find(Grid.class).withId(id).exists()) {
            return List.of();
        }
        return grid(id).getListDataView().getItems().map(ReferralRow::familyName).toList();
    }

    private List<String> awaitingFamilies() {
        return familiesIn("inbox-awaiting");
    }

    private String awaitingRowText(String family) {
        return rowText("inbox-awaiting", family);
    }

    private String repliedRowText(String family) {
        return rowText("inbox-replied", family);
    }

    private String rowText(String id, String family) {
        int row = familiesIn(id).indexOf(family);
        assertThat(row).as("%s in %s", family, id).isNotNegative();
        Grid<ReferralRow> grid = grid(id);
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < grid.getColumns().size(); column++) {
            text.append(test(grid).getCellText(row, column)).append(" | ");
        }
        return text.toString();
    }

    /** A button in the family's row of the awaiting list; grid cells are rendered on demand. */
    private Button actionOf(String family, String className) {
        int row = awaitingFamilies().indexOf(family);
        assertThat(row).as("%s awaiting", family).isNotNegative();
        Grid<ReferralRow> grid = grid("inbox-awaiting");
        Component actions = test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName(className)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + className + " for " + family));
    }

    @SuppressWarnings("unchecked")
    private List<String> grantedFamilies() {
        if (!find(Grid.class).withId("granted-cases").exists()) {
            return List.of();
        }
        Grid<CaseSummary> grid = find(Grid.class).id("granted-cases");
        return grid.getListDataView().getItems().map(CaseSummary::familyName).toList();
    }

    private String polish(String key) {
        return translations.getTranslation(key, Translations.POLISH);
    }
}
