package pl.asysta.start;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.html.Div;

import pl.asysta.cases.access.ui.StartPage;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.referral.ui.ReferralInbox;
import pl.asysta.cases.sharing.ui.GrantedCases;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.security.CurrentActor;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

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
    private final transient WorkListQueries workLists;
    private final transient ReferralCommands commands;
    private final transient ReferralQueries referrals;
    private final transient ErrorMessages errors;
    private final transient Clock clock;
    private final transient Actor actor;

    AgencyStartPage(Role role, First first, WorkListQueries workLists, ReferralCommands commands,
                    ReferralQueries referrals, ErrorMessages errors, Clock clock, CurrentActor currentActor) {
        super(role);
        this.first = first;
        this.workLists = workLists;
        this.commands = commands;
        this.referrals = referrals;
        this.errors = errors;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
        this.actor = currentActor.require();
    }

    @Override
    protected final void showContent(Div content) {
        if (first == First.GRANTED_CASES) {
            GrantedCases.addTo(content, workLists, actor);
        }
        content.add(new ReferralInbox(commands, referrals, errors, actor, LocalDate.now(clock), this::changed));
        if (first == First.REFERRALS) {
            GrantedCases.addTo(content, workLists, actor);
        }
    }
}
