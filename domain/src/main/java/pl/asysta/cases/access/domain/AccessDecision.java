package pl.asysta.cases.access.domain;

import java.util.EnumSet;
import java.util.Set;

import pl.asysta.shared.DataCategory;

/**
 * What one actor may do with one case now: the categories they may read and those they may add entries in,
 * the bases that allow it (the strongest first) and the purpose to record with a read.
 */
public record AccessDecision(Set<DataCategory> readable, Set<DataCategory> writable, Set<AccessBasis> bases,
                             String purpose) {

    public static final AccessDecision NONE = new AccessDecision(Set.of(), Set.of(), Set.of(), "");

    public AccessDecision {
        readable = readable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(readable));
        writable = writable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(writable));
        bases = bases.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(bases));
    }

    public boolean seesCase() {
        return !readable.isEmpty();
    }

    public boolean mayRead(DataCategory category) {
        return readable.contains(category);
    }

    public boolean mayWrite(DataCategory category) {
        return writable.contains(category);
    }

    /** The assistant, social worker or head of the case's centre: they act on the case itself. */
    public boolean caseTeam() {
        return bases.contains(AccessBasis.CASE_WORK);
    }
}
