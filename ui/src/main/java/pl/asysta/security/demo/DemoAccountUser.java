package pl.asysta.security.demo;

import java.util.Set;

import org.springframework.security.core.userdetails.User;

import pl.asysta.security.ActorPrincipal;
import pl.asysta.security.Roles;
import pl.asysta.security.SignInOutcome;

/** A demo account as Spring Security's user, carrying the account so the actor is known after sign-in. */
final class DemoAccountUser extends User implements ActorPrincipal {

    private final DemoAccount account;

    DemoAccountUser(DemoAccount account, String passwordHash) {
        super(account.username(), passwordHash, Roles.authorities(Set.of(account.role())));
        this.account = account;
    }

    @Override
    public SignInOutcome signInOutcome() {
        return new SignInOutcome.Admitted(account.actor());
    }
}
