package pl.asysta.cases.support;

import java.util.List;

/**
 * What a supporting family sees of a family it supports (ADR 0013): the family's name, the children's first
 * names and the assistant it works with; the agreement; the plan actions the household owns; its own help log
 * and claims. Nothing else of the case.
 */
public record HouseholdSupport(ArrangementRow arrangement, String familyName, List<String> children,
                               String assistantName, List<AssignedAction> actions, List<HelpRow> help,
                               List<ClaimRow> claims) {

    public HouseholdSupport {
        children = List.copyOf(children);
        actions = List.copyOf(actions);
        help = List.copyOf(help);
        claims = List.copyOf(claims);
    }
}
