package pl.asysta.journeys;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import pl.asysta.i18n.Translations;
import pl.asysta.security.demo.DemoAccounts;
import pl.asysta.shared.Actor;

/** The portal under test on its port, signed into through the demo sign-in form, in Polish. */
record DemoPortal(int port, Translations translations) {

    /** A new page of the context, signed in as the demo person and landed on their start page. */
    Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel(polish("login.form.username")).fill(user);
        page.getByLabel(polish("login.form.password")).fill(DemoAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(polish("login.form.submit")).setExact(true))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    static Actor demo(String user) {
        return DemoAccounts.find(user).orElseThrow().actor();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String polish(String key, Object... arguments) {
        return translations.getTranslation(key, Translations.POLISH, arguments);
    }
}
