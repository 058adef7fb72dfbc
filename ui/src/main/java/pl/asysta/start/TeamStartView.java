package pl.asysta.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.caseview.CaseServices;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;

/**
 * The interdisciplinary team member's start: the referrals sent to the team, and the families whose cases the
 * team may open, those in the Niebieska Karta procedure among them.
 */
@Route("team")
@RolesAllowed(Roles.TEAM_MEMBER)
class TeamStartView extends StartPage {

    private final transient CaseServices services;
    private final transient ReferralCommands commands;
    private final transient ReferralQueries referrals;
    private final transient Actor actor;

    TeamStartView(CaseServices services, ReferralCommands commands, ReferralQueries referrals,
                  CurrentActor currentActor) {
        super(Role.TEAM_MEMBER);
        this.services = services;
        this.commands = commands;
        this.referrals = referrals;
        this.actor = currentActor.require();
    }

    @Override
    void showContent(Div content) {
        GrantedCases.addTo(content, services.workLists(), actor);
        content.add(new ReferralInbox(services, commands, referrals, actor, this::refresh));
    }
}
