package pl.asysta.start;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.support.HouseholdSupport;
import pl.asysta.caseview.SupportServices;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;

/**
 * The supporting family's start, made for a phone held in one hand: one column, large buttons, for each family
 * the household supports its name, its children's first names and its assistant, the agreement, the plan actions
 * the household owns, a form to log help, its log, a form to claim a month's costs with receipt scans, and its
 * claims with their decisions (ADR 0013). Nothing else of the family's case: the household never opens the case
 * file. The page is one reading, recorded as the arrangement's view before it is sent.
 */
@Route("supporting-family")
@RolesAllowed(Roles.SUPPORTING_FAMILY)
class SupportingFamilyStartView extends StartPage {

    private final transient SupportServices support;
    private final transient Actor actor;

    SupportingFamilyStartView(SupportServices support, CurrentActor currentActor) {
        super(Role.SUPPORTING_FAMILY);
        this.support = support;
        this.actor = currentActor.require();
        addClassName("support-page");
    }

    @Override
    AccessView readingView() {
        return AccessView.SUPPORT_ARRANGEMENT;
    }

    @Override
    void showContent(Div content) {
        List<HouseholdSupport> families = support.queries().forHousehold(actor);
        if (families.isEmpty()) {
            content.add(CaseLists.empty("supporting.none"));
            return;
        }
        for (int index = 0; index < families.size(); index++) {
            content.add(new SupportedFamily(families.get(index), index == 0 ? "" : "-" + (index + 1), support,
                    actor, this::refresh));
        }
    }
}
