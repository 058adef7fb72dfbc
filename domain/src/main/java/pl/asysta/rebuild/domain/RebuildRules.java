package pl.asysta.rebuild.domain;

import java.util.EnumSet;
import java.util.Set;

import pl.asysta.shared.Actor;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.Role;

/**
 * A rebuild replays every case's history and shows which read-model tables differ from it, so it is a tool of
 * the people who answer for the system, not of case work: the administrator, who runs the portal, and the
 * auditor (DPO), who checks that what the screens show is what the history says (ADR 0016).
 */
public final class RebuildRules {

    public static final Set<Role> MAY_REBUILD = Set.copyOf(EnumSet.of(Role.ADMINISTRATOR, Role.AUDITOR));

    private RebuildRules() {
    }

    /** Refuses anyone but an administrator or an auditor ({@code rebuild.not-allowed}). */
    public static void onlyAdministratorsAndAuditorsRebuildReadModels(Actor actor) {
        if (actor.roles().stream().noneMatch(MAY_REBUILD::contains)) {
            throw new DomainRuleViolation("rebuild.not-allowed");
        }
    }
}
