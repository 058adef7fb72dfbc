package pl.asysta.shell;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import pl.asysta.cases.readmodel.ui.CatchUp;

/**
 * Browserless tests that sign in as a demo person the way the sign-in form does, then navigate. Feature packages
 * extend it for their own screens.
 */
public abstract class SignedInBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    private UserDetailsService demoAccounts;

    protected void signInAs(String username) {
        UserDetails user = demoAccounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    protected void open(String location) {
        UI.getCurrent().navigate(location);
    }

    protected String pageHeading() {
        return find(H1.class).single().getText();
    }

    /** The browser's poll of the page, which a browserless UI never sends by itself. */
    protected void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    /**
     * After a command: polls as the browser would until the page has shown what the command stored, which it does
     * once the read model has it ({@link CatchUp}).
     */
    protected void untilShown() {
        UI ui = UI.getCurrent();
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            if (CatchUp.waiting(ui)) {
                poll();
            }
            return !CatchUp.waiting(ui);
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
