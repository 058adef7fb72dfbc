package pl.asysta.cases.familycase;

import java.util.Set;

import pl.asysta.shared.Actor;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/** The people of a test centre; each test picks fresh assistants so that shared databases stay independent. */
public final class People {

    public static final InstitutionId CENTRE = new InstitutionId("ops-testowo");

    public static final Actor SOCIAL_WORKER =
            actor("pracownik-test", "Katarzyna Zielińska", Role.SOCIAL_WORKER);
    public static final Actor HEAD = actor("kierownik-test", "Tomasz Lewandowski", Role.CENTRE_HEAD);

    private People() {
    }

    public static Actor assistant(String userId) {
        return actor(userId, "Asystent " + userId, Role.FAMILY_ASSISTANT);
    }

    public static Actor actor(String userId, String name, Role role) {
        return new Actor(new UserId(userId), name, Set.of(role), CENTRE);
    }
}
