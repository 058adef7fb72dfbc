package pl.asysta.cases.familycase.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent.FamilyReleased;
import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent.FamilyTakenOn;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.UserId;

/**
 * The families one assistant works with now. It is its own consistency boundary so that two heads assigning
 * the fifteenth family at the same moment cannot both succeed: both decisions land on this one stream, and
 * the second append collides (uwr art. 15 ust. 4). Families in post-closure monitoring no longer count.
 */
public final class AssistantCaseload {

    private UserId assistant;
    private final Set<CaseId> active = new HashSet<>();

    public static AssistantCaseload empty() {
        return new AssistantCaseload();
    }

    public List<AssistantCaseloadEvent> takeOn(UserId assistant, CaseId caseId) {
        if (this.assistant != null && !this.assistant.equals(assistant)) {
            throw new IllegalArgumentException("caseload of " + this.assistant + " asked to take on for " + assistant);
        }
        if (active.contains(caseId)) {
            return List.of();
        }
        CaseRules.assistantTakesAtMostFifteenFamilies(active.size());
        return List.of(new FamilyTakenOn(assistant, caseId));
    }

    public List<AssistantCaseloadEvent> release(CaseId caseId) {
        if (!active.contains(caseId)) {
            throw new DomainRuleViolation("case.not-in-caseload");
        }
        return List.of(new FamilyReleased(assistant, caseId));
    }

    public AssistantCaseload apply(AssistantCaseloadEvent event) {
        switch (event) {
            case FamilyTakenOn e -> {
                assistant = e.assistant();
                active.add(e.caseId());
            }
            case FamilyReleased e -> active.remove(e.caseId());
        }
        return this;
    }

    public int activeFamilies() {
        return active.size();
    }

    public boolean worksWith(CaseId caseId) {
        return active.contains(caseId);
    }

    /** The caseload as plain values, so an adapter can keep a snapshot of a long-serving assistant's stream. */
    public record Snapshot(UserId assistant, List<CaseId> activeFamilies) {
    }

    public Snapshot snapshot() {
        return new Snapshot(assistant, active.stream().sorted(Comparator.comparing(CaseId::value)).toList());
    }

    public static AssistantCaseload fromSnapshot(Snapshot snapshot) {
        AssistantCaseload restored = new AssistantCaseload();
        restored.assistant = snapshot.assistant();
        restored.active.addAll(snapshot.activeFamilies());
        return restored;
    }
}
