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
 * A school's or health service's start: the referrals the centre sent it, to accept, decline or answer, and the
 * families whose cases it may open because a grant names it.
 */
@Route("institution")
@RolesAllowed(Roles.INSTITUTION_STAFF)
class InstitutionStartView extends AgencyStartPage {

    InstitutionStartView(CaseServices services, ReferralCommands commands, ReferralQueries referrals,
                         CurrentActor currentActor) {
        super(Role.INSTITUTION_STAFF, First.REFERRALS, services, commands, referrals, currentActor);
    }
}
