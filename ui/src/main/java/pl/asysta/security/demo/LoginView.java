package pl.asysta.security.demo;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import pl.asysta.i18n.LanguageSwitch;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.InstitutionId;

/**
 * The demo sign-in page: the form, and the list of demo accounts with their shared password, since a demo
 * installation has nothing to hide and its visitors need to know whom they can be. Registered only while the
 * demo sign-in is active ({@link DemoSecurityConfiguration}), so a Keycloak installation has no such page.
 */
@Route(value = "login", autoLayout = false, registerAtStartup = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final InstitutionDirectory institutions;
    private final LoginForm form = new LoginForm();
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final H2 accountsTitle = new H2();
    private final Paragraph accountsHint = new Paragraph();
    private final NativeTable accounts = new NativeTable();

    LoginView(AuthenticationContext authentication, InstitutionDirectory institutions) {
        this.authentication = authentication;
        this.institutions = institutions;
        addClassName("sign-in");
        accounts.addClassName("demo-accounts");
        accountsTitle.setId("demo-accounts-title");
        accounts.getElement().setAttribute("aria-labelledby", "demo-accounts-title");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.getElement().setAttribute("autofocus", "");

        HorizontalLayout top = new HorizontalLayout(new LanguageSwitch());
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.END);

        VerticalLayout column = new VerticalLayout(title, lead, form, accountsTitle, accountsHint, accounts);
        column.setAlignItems(FlexComponent.Alignment.CENTER);
        column.addClassName("sign-in-column");
        add(top, column);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.name"));
        lead.setText(getTranslation("login.lead"));
        form.setI18n(formTexts());
        accountsTitle.setText(getTranslation("login.demo.title"));
        accountsHint.setText(getTranslation("login.demo.hint", DemoAccounts.PASSWORD));
        fillAccounts();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    private LoginI18n formTexts() {
        LoginI18n texts = LoginI18n.createDefault();
        LoginI18n.Form formTexts = texts.getForm();
        formTexts.setTitle(getTranslation("login.form.title"));
        formTexts.setUsername(getTranslation("login.form.username"));
        formTexts.setPassword(getTranslation("login.form.password"));
        formTexts.setSubmit(getTranslation("login.form.submit"));
        formTexts.setForgotPassword(getTranslation("login.form.forgot-password"));
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        texts.setAdditionalInformation(null);
        return texts;
    }

    private void fillAccounts() {
        accounts.removeAll();
        NativeTableRow head = accounts.getHead().addRow();
        columnHeader(head, getTranslation("login.demo.username"));
        columnHeader(head, getTranslation("login.demo.person"));
        columnHeader(head, getTranslation("login.demo.role"));
        columnHeader(head, getTranslation("login.demo.institution"));
        NativeTableBody body = accounts.getBody();
        for (DemoAccount account : DemoAccounts.ALL) {
            NativeTableRow row = body.addRow();
            row.addDataCell().setText(account.username());
            row.addDataCell().setText(account.displayName());
            row.addDataCell().setText(getTranslation("role." + account.role().name()));
            row.addDataCell().setText(institutions.displayName(new InstitutionId(account.institution())));
        }
    }

    private static void columnHeader(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", "col");
    }
}
