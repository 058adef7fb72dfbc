package pl.asysta.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
