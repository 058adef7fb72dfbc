package pl.asysta.start;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.caseview.CaseServices;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/**
 * The interdisciplinary team member's start: the families whose cases the team may open, those in the Niebieska
 * Karta procedure among them, and the referrals sent to the team.
 */
@Route("team")
@RolesAllowed(Roles.TEAM_MEMBER)
class TeamStartView extends AgencyStartPage {

    TeamStartView(CaseServices services, ReferralCommands commands, ReferralQueries referrals,
                  CurrentActor currentActor) {
        super(Role.TEAM_MEMBER, First.GRANTED_CASES, services, commands, referrals, currentActor);
    }
}
