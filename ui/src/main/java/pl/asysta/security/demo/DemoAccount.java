package pl.asysta.security.demo;

import java.io.Serializable;
import java.util.Set;

import pl.asysta.shared.Actor;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/** One demo person: the user name to sign in with, who they are, their role and their institution. */
public record DemoAccount(String username, String displayName, Role role, String institution) implements Serializable {

    public Actor actor() {
        return new Actor(new UserId(username), displayName, Set.of(role), new InstitutionId(institution));
    }
}
