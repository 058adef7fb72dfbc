package pl.asysta.shell;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.i18n.Translations;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.security.demo.DemoAccount;
import pl.asysta.security.demo.DemoAccounts;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.start.StartPages;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class StartPagePerRoleTest extends SignedInBrowserlessTest {

    @Autowired
    Translations translations;

    @Autowired
    InstitutionDirectory institutions;

    static Stream<DemoAccount> demoAccounts() {
        return DemoAccounts.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void every_demo_person_lands_on_their_roles_start_page_in_polish(DemoAccount account) {
        signInAs(account.username());

        open("");

        assertThat(getCurrentView()).isInstanceOf(StartPages.of(account.role()).view());
        assertThat(pageHeading()).isEqualTo(polish("start." + account.role().name() + ".title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void the_menu_offers_only_the_persons_own_start_page(DemoAccount account) {
        signInAs(account.username());

        open("");

        List<String> menu = find(SideNavItem.class, find(SideNav.class).id("main-menu")).all().stream()
                .map(SideNavItem::getLabel).toList();
        assertThat(menu).containsExactly(polish(StartPages.of(account.role()).menuKey()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void the_header_names_the_person_their_role_and_institution(DemoAccount account) {
        signInAs(account.username());

        open("");

        String header = find(Div.class).id("signed-in-person").getElement().getTextRecursively();
        assertThat(header)
                .contains(account.displayName())
                .contains(polish("role." + account.role().name()))
                .contains(institutions.displayName(new InstitutionId(account.institution())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void nobody_opens_another_roles_start_page(DemoAccount account) {
        signInAs(account.username());

        for (Role other : Role.values()) {
            if (other == account.role()) {
                continue;
            }
            open(StartPages.of(other).view().getAnnotation(Route.class).value());

            assertThat(getCurrentView()).as("%s opening the start page of %s", account.username(), other)
                    .isNotInstanceOf(StartPages.of(other).view());
            assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));
        }
    }

    @Test
    void a_visitor_who_has_not_signed_in_is_sent_to_the_sign_in_page() {
        open("assistant");

        assertThat(pageHeading()).isEqualTo("Asysta");
        assertThat(find(LoginForm.class).exists()).isTrue();
    }

    @Test
    void the_language_switch_turns_the_header_and_the_page_into_english() {
        signInAs("asystent");
        open("");
        Button signOut = find(Button.class).id("sign-out");
        assertThat(signOut.getText()).isEqualTo("Wyloguj się");

        test(find(Button.class).id("language-switch")).click();

        assertThat(signOut.getText()).isEqualTo("Sign out");
        assertThat(find(Div.class).id("signed-in-person").getElement().getTextRecursively())
                .contains("Family assistant");
        assertThat(pageHeading()).isEqualTo("My families");
        assertThat(find(SideNavItem.class).single().getLabel()).isEqualTo("My families");
        assertThat(find(Button.class).id("language-switch").getText()).isEqualTo("Polski");
    }

    @Test
    void the_portal_speaks_polish_until_someone_chooses_english() {
        signInAs("kierownik");

        open("");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.POLISH);
        assertThat(find(Button.class).id("language-switch").getText()).isEqualTo("English");
    }

    private String polish(String key) {
        return translations.getTranslation(key, Translations.POLISH);
    }
}
