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
 * A school's or health service's start: the referrals the centre sent it, to accept, decline or answer, and the
 * families whose cases it may open because a grant names it.
 */
@Route("institution")
@RolesAllowed(Roles.INSTITUTION_STAFF)
class InstitutionStartView extends StartPage {

    private final transient CaseServices services;
    private final transient ReferralCommands commands;
    private final transient ReferralQueries referrals;
    private final transient Actor actor;

    InstitutionStartView(CaseServices services, ReferralCommands commands, ReferralQueries referrals,
                         CurrentActor currentActor) {
        super(Role.INSTITUTION_STAFF);
        this.services = services;
        this.commands = commands;
        this.referrals = referrals;
        this.actor = currentActor.require();
    }

    @Override
    void showContent(Div content) {
        content.add(new ReferralInbox(services, commands, referrals, actor, this::refresh));
        GrantedCases.addTo(content, services.workLists(), actor);
    }
}
