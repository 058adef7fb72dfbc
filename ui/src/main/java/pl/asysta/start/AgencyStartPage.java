package pl.asysta.start;

import com.vaadin.flow.component.html.Div;

import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.caseview.CaseServices;
import pl.asysta.security.CurrentActor;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;

/**
 * The start of a body the centre works with (a school, a health service, the interdisciplinary team): the
 * referrals the centre sent it, to accept, decline or answer, and the families whose cases it may open because a
 * grant names it. Each role's page says which of the two it needs first.
 */
abstract class AgencyStartPage extends StartPage {

    /** Which list the page shows at the top. */
    enum First {
        REFERRALS, GRANTED_CASES
    }

    private final First first;
    private final transient CaseServices services;
    private final transient ReferralCommands commands;
    private final transient ReferralQueries referrals;
    private final transient Actor actor;

    AgencyStartPage(Role role, First first, CaseServices services, ReferralCommands commands,
                    ReferralQueries referrals, CurrentActor currentActor) {
        super(role);
        this.first = first;
        this.services = services;
        this.commands = commands;
        this.referrals = referrals;
        this.actor = currentActor.require();
    }

    @Override
    final void showContent(Div content) {
        if (first == First.GRANTED_CASES) {
            GrantedCases.addTo(content, services.workLists(), actor);
        }
        content.add(new ReferralInbox(services, commands, referrals, actor, this::refresh));
        if (first == First.REFERRALS) {
            GrantedCases.addTo(content, services.workLists(), actor);
        }
    }
}
