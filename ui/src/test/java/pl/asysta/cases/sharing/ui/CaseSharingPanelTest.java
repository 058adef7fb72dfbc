package pl.asysta.cases.sharing.ui;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.sharing.ConsentRow;
import pl.asysta.cases.sharing.GrantRow;
import pl.asysta.cases.sharing.GrantState;
import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

/**
 * "Many agencies, one case" on the case page: the case team keeps the consent ledger and grants access, other
 * institutions see exactly what was granted to them and lose it the moment it ends, and the team adds to the
 * case under a statutory grant.
 */
@PortalTest
class CaseSharingPanelTest extends ManyAgenciesScreenTest {

    /** The timeline's column with the entry's type, subject and text. */
    private static final int TIMELINE_ENTRY = 1;

    private static final int CONSENT_INSTITUTION = 1;
    private static final int CONSENT_CATEGORIES = 2;
    private static final int CONSENT_STATE = 6;
    private static final int CONSENT_ACTIONS = 7;
    private static final int GRANT_INSTITUTION = 0;
    private static final int GRANT_BASIS = 3;
    private static final int GRANT_STATE = 5;
    private static final int GRANT_ACTIONS = 6;

    @Test
    void the_school_sees_only_the_schooling_and_basic_entries_the_family_consented_to_share() {
        String family = uniqueFamilyName("Uczniowscy");
        CaseId caseId = cases.active(family, ASSISTANT);
        int before = cases.entries(caseId);
        cases.commands().documentWork(caseId, WorkKind.INSTITUTION_CONTACT, today(), 30, List.of(),
                "Rozmowa z wychowawczynią o frekwencji Zosi.", DataCategory.EDUCATION, ASSISTANT);
        cases.commands().documentWork(caseId, WorkKind.HOME_VISIT, today(), 60, List.of(),
                "Wizyta w domu: rozmowa o zadłużeniu czynszu.", DataCategory.VISITS, ASSISTANT);
        cases.settled(caseId, before + 2);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("case-sharing-record-consent")).click();
        test(comboBox("sharing-consent-person")).selectItem("Maria Kowalska");
        test(comboBox("sharing-consent-institution")).selectItem(name(SCHOOL));
        test(categories("sharing-consent-categories")).selectItems(polish("category.EDUCATION"),
                polish("category.BASIC"));
        test(find(TextField.class).id("sharing-consent-purpose")).setValue("Wsparcie Zosi w nauce");
        test(find(DatePicker.class).id("sharing-consent-valid-until")).setValue(inMonths(6));
        test(find(TextField.class).id("sharing-consent-form")).setValue("Z/7/2026");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(test(consents()).size()).isEqualTo(1);
            assertThat(test(grants()).size()).isEqualTo(1);
        });
        assertThat(test(consents()).getCellText(0, CONSENT_INSTITUTION)).isEqualTo(name(SCHOOL));
        assertThat(test(consents()).getCellText(0, CONSENT_CATEGORIES))
                .isEqualTo(polish("category.BASIC") + ", " + polish("category.EDUCATION"));
        assertThat(componentText(consents(), 0, CONSENT_STATE)).isEqualTo(polish("case.sharing.consent.in-force"));
        assertThat(test(grants()).getCellText(0, GRANT_BASIS))
                .isEqualTo(polish("case.sharing.basis.FAMILY_CONSENT") + " – Z/7/2026");
        assertThat(componentText(grants(), 0, GRANT_STATE)).isEqualTo(polish("case.sharing.state.ACTIVE"));

        openAsTheSchool(caseId, family);

        List<TimelineRow> seen = timelineRows();
        assertThat(seen).extracting(TimelineRow::category)
                .containsOnly(DataCategory.EDUCATION, DataCategory.BASIC);
        assertThat(seen).extracting(TimelineRow::text)
                .contains("Rozmowa z wychowawczynią o frekwencji Zosi.")
                .doesNotContain("Wizyta w domu: rozmowa o zadłużeniu czynszu.");
    }

    @Test
    void other_institutions_see_neither_the_ledger_nor_the_case_teams_actions() {
        String family = uniqueFamilyName("Ostrożni");
        CaseId caseId = cases.active(family, ASSISTANT);
        schoolConsent(caseId);

        openAsTheSchool(caseId, family);

        assertThat(shown("case-sharing")).isFalse();
        assertThat(shown("case-openings")).isFalse();
        assertThat(shown("case-sharing-record-consent")).isFalse();
        assertThat(shown("case-referrals-refer")).isFalse();
        assertThat(shown("actions-document-work")).isFalse();
        assertThat(shown("actions-team-meeting")).isFalse();
        assertThat(shown("actions-observation")).isTrue();
    }

    @Test
    void withdrawing_the_consent_ends_the_schools_open_page_at_its_next_check_and_the_case_no_longer_opens() {
        String family = uniqueFamilyName("Wycofujący");
        CaseId caseId = cases.active(family, ASSISTANT);
        ConsentId consent = schoolConsent(caseId);
        openAsTheSchool(caseId, family);

        sharing.withdrawConsent(caseId, consent, today(), "Matka cofnęła zgodę.", ASSISTANT);

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            poll();
            assertThat(shown("case-access-ended")).isTrue();
        });
        assertThat(find(Paragraph.class).id("case-access-ended").getText()).isEqualTo(polish("case.access-ended"));
        assertThat(shown("timeline")).isFalse();
        assertThat(find(H1.class).exists()).isFalse();

        open(CasePages.location(caseId));

        assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));
    }

    @Test
    void the_assistant_withdraws_a_consent_and_the_grant_resting_on_it_ends_with_it() {
        String family = uniqueFamilyName("Rezygnujący");
        CaseId caseId = cases.active(family, ASSISTANT);
        schoolConsent(caseId);
        openAsTheSchool(caseId, family);
        signInAs("asystent");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(test(consents()).size()).isEqualTo(1);
        });
        assertThat(rowButton(grants(), 0, GRANT_ACTIONS)).as("a consent's grant ends with the consent").isEmpty();

        test(rowButton(consents(), 0, CONSENT_ACTIONS).orElseThrow()).click();
        test(find(TextArea.class).id("sharing-withdraw-note")).setValue("Matka cofnęła zgodę na piśmie.");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(test(grants()).getRow(0).state()).isEqualTo(GrantState.REVOKED);
        });
        assertThat(componentText(consents(), 0, CONSENT_STATE)).startsWith(polish("case.sharing.consent.withdrawn"))
                .contains("Matka cofnęła zgodę na piśmie.");
        assertThat(componentText(grants(), 0, GRANT_STATE)).startsWith(polish("case.sharing.state.REVOKED"))
                .contains(polish("case.sharing.revocation.CONSENT_WITHDRAWN"));
        assertThat(rowButton(consents(), 0, CONSENT_ACTIONS)).isEmpty();
        String history = java.util.stream.IntStream.range(0, test(timeline()).size())
                .mapToObj(row -> componentText(timeline(), row, TIMELINE_ENTRY))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(history).as("the ledger's entries name the school and the reason, never ids or codes")
                .contains(name(SCHOOL), "Maria Kowalska", polish("case.sharing.revocation.CONSENT_WITHDRAWN"))
                .doesNotContain(SCHOOL.value(), "CONSENT_WITHDRAWN", "EDUCATION");

        signInAs("szkola");
        open(CasePages.location(caseId));
        assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));
    }

    @Test
    void a_niebieska_karta_grant_lets_the_team_add_a_meeting_note_the_assistant_reads_under_domestic_violence() {
        String family = uniqueFamilyName("Chronieni");
        CaseId caseId = cases.active(family, ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("case-sharing-grant")).click();
        test(comboBox("sharing-grant-institution")).selectItem(name(TEAM));
        test(comboBox("sharing-grant-basis")).selectItem(polish("case.sharing.basis.NIEBIESKA_KARTA"));
        test(categories("sharing-grant-categories")).selectItems(polish("category.VIOLENCE"),
                polish("category.BASIC"));
        test(find(TextField.class).id("sharing-grant-purpose")).setValue("Procedura „Niebieska Karta” wszczęta przez policję");
        test(find(TextField.class).id("sharing-grant-reference")).setValue("NK-A 12/2026");
        test(find(DatePicker.class).id("sharing-grant-valid-until")).setValue(inMonths(6));
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(test(grants()).size()).isEqualTo(1);
        });
        assertThat(test(grants()).getCellText(0, GRANT_INSTITUTION)).isEqualTo(name(TEAM));
        assertThat(test(grants()).getCellText(0, GRANT_BASIS))
                .isEqualTo(polish("case.sharing.basis.NIEBIESKA_KARTA") + " – NK-A 12/2026");

        signInAs("zespol");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(pageHeading()).isEqualTo(family);
        });
        assertThat(shown("case-sharing")).isFalse();
        test(find(Button.class).id("actions-team-meeting")).click();
        assertThat(find(Paragraph.class).id("observation-category-fixed").getText())
                .contains(polish("category.VIOLENCE"));
        test(find(TextArea.class).id("observation-text"))
                .setValue("Spotkanie grupy diagnostyczno-pomocowej: ustalono plan pomocy dla Marii.");
        test(find(Button.class).id("dialog-save")).click();

        signInAs("asystent");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            TimelineRow newest = test(timeline()).getRow(0);
            assertThat(newest.type()).isEqualTo("ObservationRecorded");
            assertThat(newest.category()).isEqualTo(DataCategory.VIOLENCE);
            assertThat(newest.text()).isEqualTo("Spotkanie grupy diagnostyczno-pomocowej: ustalono plan pomocy dla Marii.");
            assertThat(newest.authorInstitution()).isEqualTo(TEAM);
        });
    }

    @Test
    void a_grant_on_a_basis_that_does_not_fit_the_institution_is_refused_and_the_dialog_keeps_what_was_typed() {
        CaseId caseId = cases.active(uniqueFamilyName("Odmowni"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("case-sharing-grant")).click();
        test(comboBox("sharing-grant-institution")).selectItem(name(SCHOOL));
        test(comboBox("sharing-grant-basis")).selectItem(polish("case.sharing.basis.NIEBIESKA_KARTA"));
        test(categories("sharing-grant-categories")).selectItem(polish("category.EDUCATION"));
        test(find(TextField.class).id("sharing-grant-purpose")).setValue("Obserwacja dziecka w szkole");
        test(find(TextField.class).id("sharing-grant-reference")).setValue("NK-A 3/2026");
        test(find(DatePicker.class).id("sharing-grant-valid-until")).setValue(inMonths(3));
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(Paragraph.class).id("dialog-problem").getText())
                .isEqualTo(polish("rule.sharing.basis-not-for-institution"));
        assertThat(find(TextField.class).id("sharing-grant-purpose").getValue()).isEqualTo("Obserwacja dziecka w szkole");
        assertThat(find(TextField.class).id("sharing-grant-reference").getValue()).isEqualTo("NK-A 3/2026");
        assertThat(categories("sharing-grant-categories").getValue()).containsExactly(DataCategory.EDUCATION);
    }

    @Test
    void a_consent_whose_access_would_end_yesterday_is_marked_and_nothing_typed_is_lost() {
        CaseId caseId = cases.active(uniqueFamilyName("Przeterminowani"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("case-sharing-record-consent")).click();
        test(comboBox("sharing-consent-person")).selectItem("Jan Kowalski");
        test(comboBox("sharing-consent-institution")).selectItem(name(HEALTH));
        test(categories("sharing-consent-categories")).selectItem(polish("category.HEALTH"));
        test(find(TextField.class).id("sharing-consent-purpose")).setValue("Opieka pediatryczna nad Zosią");
        test(find(DatePicker.class).id("sharing-consent-valid-until")).setValue(today().minusDays(1));
        test(find(TextField.class).id("sharing-consent-form")).setValue("Z/9/2026");
        test(find(Button.class).id("dialog-save")).click();

        DatePicker until = find(DatePicker.class).id("sharing-consent-valid-until");
        assertThat(until.isInvalid()).isTrue();
        assertThat(until.getErrorMessage()).isEqualTo(polish("rule.sharing.until-not-in-future"));
        assertThat(find(Paragraph.class).id("dialog-problem").getText()).isEqualTo(polish("form.fix-fields"));
        assertThat(find(TextField.class).id("sharing-consent-purpose").getValue()).isEqualTo("Opieka pediatryczna nad Zosią");
        assertThat(comboBox("sharing-consent-person").getValue()).isEqualTo("Jan Kowalski");
        assertThat(until.getValue()).isEqualTo(today().minusDays(1));
    }

    @Test
    void the_consent_dialog_offers_neither_welfare_centres_nor_courts() {
        CaseId caseId = cases.active(uniqueFamilyName("Wybiórczy"), ASSISTANT);
        signInAs("asystent");
        open(CasePages.location(caseId));

        test(find(Button.class).id("case-sharing-record-consent")).click();

        assertThat(test(comboBox("sharing-consent-institution")).getSuggestions())
                .contains(name(SCHOOL), name(HEALTH), name(TEAM), name(PCPR))
                .doesNotContain(name(COURT), name(CENTRE));
    }

    @Test
    void the_case_team_revokes_access_granted_on_a_court_order_with_a_reason() {
        String family = uniqueFamilyName("Odwoływani");
        CaseId caseId = cases.active(family, ASSISTANT);
        sharing.grantAccess(caseId, HEALTH, Set.of(DataCategory.HEALTH), "Opinia o stanie zdrowia dziecka",
                GrantBasis.COURT_ORDER, "III Nsm 45/26", inMonths(2), ASSISTANT);
        signInAs("kierownik");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(test(grants()).size()).isEqualTo(1);
        });

        test(rowButton(grants(), 0, GRANT_ACTIONS).orElseThrow()).click();
        test(find(TextArea.class).id("sharing-revoke-note")).setValue("Sąd uchylił postanowienie.");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(test(grants()).getRow(0).state()).isEqualTo(GrantState.REVOKED);
        });
        assertThat(componentText(grants(), 0, GRANT_STATE))
                .contains(polish("case.sharing.revocation.REVOKED_BY_CASE_TEAM"))
                .contains("Sąd uchylił postanowienie.");
        assertThat(rowButton(grants(), 0, GRANT_ACTIONS)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Grid<ConsentRow> consents() {
        return find(Grid.class).id("sharing-consents");
    }

    @SuppressWarnings("unchecked")
    private Grid<GrantRow> grants() {
        return find(Grid.class).id("sharing-grants");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<DataCategory> categories(String id) {
        return find(CheckboxGroup.class).id(id);
    }
}
