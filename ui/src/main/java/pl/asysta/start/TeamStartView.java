package pl.asysta.start;

import java.time.Clock;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.errors.ErrorMessages;
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

    TeamStartView(WorkListQueries workLists, ReferralCommands commands, ReferralQueries referrals,
                  ErrorMessages errors, Clock clock, CurrentActor currentActor) {
        super(Role.TEAM_MEMBER, First.GRANTED_CASES, workLists, commands, referrals, errors, clock, currentActor);
    }
}
