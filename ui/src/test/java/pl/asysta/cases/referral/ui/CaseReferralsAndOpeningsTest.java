package pl.asysta.cases.referral.ui;

import java.time.Duration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import pl.asysta.PortalTest;
import pl.asysta.cases.access.AccessRecordRow;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.referral.domain.ReferralStatus;
import pl.asysta.cases.sharing.ui.ManyAgenciesScreenTest;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.forms.Dates;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

/** Referrals to other institutions, "who looked at this file", and a school's observation, on the case page. */
@PortalTest
class CaseReferralsAndOpeningsTest extends ManyAgenciesScreenTest {

    private static final int REFERRAL_ADDRESSEE = 0;
    private static final int REFERRAL_REQUEST = 1;
    private static final int REFERRAL_DEADLINE = 2;
    private static final int REFERRAL_REPLY = 3;
    private static final int OPENING_INSTITUTION = 3;
    private static final int OPENING_CATEGORIES = 4;

    @Test
    void the_assistant_refers_the_case_to_the_health_service_and_the_referral_shows_its_near_deadline() {
        CaseId caseId = cases.active(uniqueFamilyName("Kierowani"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));
        assertThat(test(referrals()).size()).isZero();

        test(find(Button.class).id("case-referrals-refer")).click();
        test(comboBox("referral-institution")).selectItem(name(HEALTH));
        test(comboBox("referral-category")).selectItem(polish("category.HEALTH"));
        test(find(TextField.class).id("referral-purpose")).setValue("Ocena rozwoju Zosi");
        test(find(TextArea.class).id("referral-question")).setValue("Czy Zosia ma aktualny bilans siedmiolatka?");
        test(find(DatePicker.class).id("referral-deadline")).setValue(today().plusDays(2));
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(test(referrals()).size()).isEqualTo(1);
        });
        ReferralRow referral = test(referrals()).getRow(0);
        assertThat(referral.status()).isEqualTo(ReferralStatus.OPEN);
        assertThat(componentText(referrals(), 0, REFERRAL_ADDRESSEE)).contains(name(HEALTH))
                .contains(polish("category.HEALTH"));
        assertThat(componentText(referrals(), 0, REFERRAL_REQUEST)).contains("Ocena rozwoju Zosi")
                .contains("Czy Zosia ma aktualny bilans siedmiolatka?");
        assertThat(componentText(referrals(), 0, REFERRAL_DEADLINE))
                .isEqualTo(Dates.format(today().plusDays(2)) + polish("case.referrals.due-soon"));
        assertThat(componentText(referrals(), 0, REFERRAL_REPLY)).isEqualTo(polish("case.referrals.status.OPEN"));
    }

    @Test
    void a_referral_with_a_deadline_today_is_refused_and_what_was_typed_stays() {
        CaseId caseId = cases.active(uniqueFamilyName("Pospieszni"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("case-referrals-refer")).click();
        test(comboBox("referral-institution")).selectItem(name(SCHOOL));
        test(comboBox("referral-category")).selectItem(polish("category.EDUCATION"));
        test(find(TextArea.class).id("referral-question")).setValue("Jak Zosia radzi sobie z matematyką?");
        test(find(DatePicker.class).id("referral-deadline")).setValue(today());
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(TextField.class).id("referral-purpose").isInvalid()).isTrue();
        assertThat(find(DatePicker.class).id("referral-deadline").getErrorMessage())
                .isEqualTo(polish("rule.referral.deadline-not-in-future"));
        assertThat(find(TextArea.class).id("referral-question").getValue())
                .isEqualTo("Jak Zosia radzi sobie z matematyką?");
    }

    @Test
    void the_head_sees_who_looked_at_the_file_including_the_school_while_the_school_does_not() {
        String family = uniqueFamilyName("Przeglądani");
        CaseId caseId = cases.active(family, ASSISTANT);
        schoolConsent(caseId);
        openAsTheSchool(caseId, family);
        assertThat(shown("case-openings")).isFalse();

        signInAs("kierownik");
        open(CasePages.location(caseId));

        Grid<AccessRecordRow> openings = openings();
        int schoolsRow = -1;
        for (int row = 0; row < test(openings).size() && schoolsRow < 0; row++) {
            if (test(openings).getRow(row).actorName().equals("Magdalena Kamińska")) {
                schoolsRow = row;
            }
        }
        assertThat(schoolsRow).as("the school's opening is listed").isNotNegative();
        assertThat(test(openings).getCellText(schoolsRow, OPENING_INSTITUTION)).isEqualTo(name(SCHOOL));
        assertThat(test(openings).getCellText(schoolsRow, OPENING_CATEGORIES))
                .isEqualTo(polish("category.BASIC") + ", " + polish("category.EDUCATION"));
        assertThat(test(openings).getRow(0).actorName()).as("newest first: the head's own opening")
                .isEqualTo(CaseFixture.HEAD.displayName());
    }

    @Test
    void the_assistant_sees_who_looked_at_the_file_and_a_social_worker_does_not() {
        CaseId caseId = cases.active(uniqueFamilyName("Audytowani"), ASSISTANT);

        signInAs("pracownik");
        open(CasePages.location(caseId));
        assertThat(shown("case-openings")).isFalse();

        signInAs("asystent");
        open(CasePages.location(caseId));
        assertThat(test(openings()).getRow(0).actorName()).isEqualTo(ASSISTANT.displayName());
        assertThat(test(openings()).getRow(1).actorName()).isEqualTo(CaseFixture.SOCIAL_WORKER.displayName());
    }

    @Test
    void the_school_adds_an_observation_in_a_category_it_was_given_and_the_assistant_reads_it() {
        String family = uniqueFamilyName("Obserwowani");
        CaseId caseId = cases.active(family, ASSISTANT);
        schoolConsent(caseId);
        openAsTheSchool(caseId, family);

        test(find(Button.class).id("actions-observation")).click();
        assertThat(test(comboBox("observation-category")).getSuggestions())
                .containsExactly(polish("category.BASIC"), polish("category.EDUCATION"));
        test(comboBox("observation-category")).selectItem(polish("category.EDUCATION"));
        test(find(TextArea.class).id("observation-text")).setValue("Zosia trzeci tydzień przychodzi bez śniadania.");
        test(find(Button.class).id("dialog-save")).click();

        signInAs("asystent");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            TimelineRow newest = test(timeline()).getRow(0);
            assertThat(newest.type()).isEqualTo("ObservationRecorded");
            assertThat(newest.category()).isEqualTo(DataCategory.EDUCATION);
            assertThat(newest.text()).isEqualTo("Zosia trzeci tydzień przychodzi bez śniadania.");
            assertThat(newest.authorInstitution()).isEqualTo(SCHOOL);
        });
    }

    @SuppressWarnings("unchecked")
    private Grid<ReferralRow> referrals() {
        return find(Grid.class).id("case-referrals-grid");
    }

    @SuppressWarnings("unchecked")
    private Grid<AccessRecordRow> openings() {
        return find(Grid.class).id("case-openings-grid");
    }
}
