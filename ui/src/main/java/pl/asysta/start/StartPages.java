package pl.asysta.start;

import java.util.Collection;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

import pl.asysta.cases.court.ui.CourtPages;
import pl.asysta.cases.support.ui.SupportingFamilyPages;
import pl.asysta.shared.Role;

/** Which page each role starts on, and how the menu shows it; the switch makes a new role a compile error here. */
public final class StartPages {

    /** A role's start page in the menu: the view, its icon, and its label {@code start.ROLE.menu}. */
    public record Entry(Role role, Class<? extends Component> view, VaadinIcon icon) {

        public String menuKey() {
            return "start." + role.name() + ".menu";
        }
    }

    private StartPages() {
    }

    public static Entry of(Role role) {
        return switch (role) {
            case FAMILY_ASSISTANT -> new Entry(role, AssistantStartView.class, VaadinIcon.FAMILY);
            case SOCIAL_WORKER -> new Entry(role, SocialWorkerStartView.class, VaadinIcon.CLIPBOARD_USER);
            case CENTRE_HEAD -> new Entry(role, CentreHeadStartView.class, VaadinIcon.CHART);
            case FOSTER_CARE_COORDINATOR -> new Entry(role, FosterCareStartView.class, VaadinIcon.HOME);
            case TEAM_MEMBER -> new Entry(role, TeamStartView.class, VaadinIcon.GROUP);
            case INSTITUTION_STAFF -> new Entry(role, InstitutionStartView.class, VaadinIcon.INBOX);
            case SUPPORTING_FAMILY -> new Entry(role, SupportingFamilyPages.start(), VaadinIcon.HANDSHAKE);
            case COURT_STAFF -> new Entry(role, CourtPages.start(), VaadinIcon.SCALE);
            case AUDITOR -> new Entry(role, AuditStartView.class, VaadinIcon.SEARCH);
            case ADMINISTRATOR -> new Entry(role, AdministrationStartView.class, VaadinIcon.COG);
        };
    }

    /** The start pages of the given roles, in the order of {@link Role}. */
    public static List<Entry> of(Collection<Role> roles) {
        return roles.stream().sorted().map(StartPages::of).toList();
    }
}
