package pl.asysta.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import pl.asysta.i18n.LanguageSwitch;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.security.CurrentActor;
import pl.asysta.shared.Actor;
import pl.asysta.start.StartPages;

/**
 * The frame of every signed-in page: who is signed in, for which institution and in which role, the language
 * switch, sign-out, and a menu with only the pages the person's roles open. The routes check their roles
 * themselves; the menu just does not offer what would be refused.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final transient Optional<Actor> actor;
    private final DrawerToggle drawerToggle = new DrawerToggle();
    private final SideNav menu = new SideNav();
    private final Map<SideNavItem, String> menuLabels = new LinkedHashMap<>();
    private final Span role = new Span();
    private final Button signOut = new Button(VaadinIcon.SIGN_OUT.create());

    MainLayout(CurrentActor currentActor, InstitutionDirectory institutions, AuthenticationContext authentication) {
        this.actor = currentActor.get();
        setPrimarySection(Section.NAVBAR);

        Span brand = new Span();
        brand.setText("Asysta");
        brand.addClassName("brand");

        Div person = new Div();
        person.addClassName("signed-in-person");
        person.setId("signed-in-person");
        actor.ifPresent(signedIn -> {
            Span name = new Span(signedIn.displayName());
            name.addClassName("person-name");
            Span institution = new Span(institutions.displayName(signedIn.institutionId()));
            institution.addClassName("person-institution");
            role.addClassName("person-role");
            person.add(name, role, institution);
        });

        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> authentication.logout());

        Header header = new Header(drawerToggle, brand, person, new LanguageSwitch(), signOut);
        header.addClassName("portal-header");
        addToNavbar(header);

        menu.setId("main-menu");
        actor.ifPresent(signedIn -> StartPages.of(signedIn.roles()).forEach(entry -> {
            SideNavItem item = new SideNavItem(entry.menuKey(), entry.view(), entry.icon().create());
            menuLabels.put(item, entry.menuKey());
            menu.addItem(item);
        }));
        addToDrawer(new Scroller(menu));
    }

    /**
     * The page's own content is its main landmark, so that screen-reader users can jump past the header and the
     * menu straight to it (AppLayout's content area is not a landmark itself). It is focusable, so that keyboard
     * users can scroll a long page even where nothing on screen takes focus (AppLayout's content area scrolls).
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            if (!"main".equals(content.getElement().getTag())) {
                content.getElement().setAttribute("role", "main");
            }
            content.getElement().setAttribute("tabindex", "0");
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        drawerToggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        menu.setLabel(getTranslation("shell.menu.label"));
        menuLabels.forEach((item, key) -> item.setLabel(getTranslation(key)));
        actor.ifPresent(signedIn -> role.setText(getTranslation("role." + signedIn.primaryRole().name())));
        signOut.setText(getTranslation("shell.sign-out"));
    }
}
