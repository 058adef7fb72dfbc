package pl.asysta.start;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.SOCIAL_WORKER;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;
import static pl.asysta.start.AgencyFixture.TEAM;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.shared.CaseId;
import pl.asysta.shell.SignedInBrowserlessTest;

/** The interdisciplinary team's start page: its Niebieska Karta families and the referrals sent to it. */
@PortalTest
class TeamStartPageTest extends SignedInBrowserlessTest {

    @Autowired
    CaseFixture cases;

    @Autowired
    AgencyFixture agencies;

    @Test
    void the_team_sees_its_niebieska_karta_family_and_a_referral_but_not_a_family_it_has_no_grant_for() {
        String procedure = uniqueFamilyName("Niebiescy");
        String referredOnly = uniqueFamilyName("Skierowani");
        CaseId procedureCase = cases.awaitingAssignment(procedure);
        agencies.niebieskaKarta(procedureCase, SOCIAL_WORKER);
        agencies.refer(cases.awaitingAssignment(referredOnly), TEAM, "Diagnoza sytuacji rodziny",
                today().plusDays(14), SOCIAL_WORKER);
        signInAs("zespol");

        open("team");

        @SuppressWarnings("unchecked")
        Grid<CaseSummary> granted = find(Grid.class).id("granted-cases");
        assertThat(granted.getListDataView().getItems().map(CaseSummary::familyName))
                .contains(procedure).doesNotContain(referredOnly);
        @SuppressWarnings("unchecked")
        Grid<ReferralRow> inbox = find(Grid.class).id("inbox-awaiting");
        assertThat(inbox.getListDataView().getItems().map(ReferralRow::familyName)).contains(referredOnly);
    }
}
