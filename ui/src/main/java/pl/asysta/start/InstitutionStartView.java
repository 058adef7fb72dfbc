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
 * A school's or health service's start: the referrals the centre sent it, to accept, decline or answer, and the
 * families whose cases it may open because a grant names it.
 */
@Route("institution")
@RolesAllowed(Roles.INSTITUTION_STAFF)
class InstitutionStartView extends AgencyStartPage {

    InstitutionStartView(WorkListQueries workLists, ReferralCommands commands, ReferralQueries referrals,
                         ErrorMessages errors, Clock clock, CurrentActor currentActor) {
        super(Role.INSTITUTION_STAFF, First.REFERRALS, workLists, commands, referrals, errors, clock, currentActor);
    }
}
