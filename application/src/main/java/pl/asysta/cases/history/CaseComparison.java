package pl.asysta.cases.history;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import pl.asysta.cases.sharing.GrantRow;
import pl.asysta.cases.sharing.domain.GrantId;
import pl.asysta.cases.timeline.TimelineRow;

/**
 * A case at two points of its history, the earlier first, and what was added in between: the timeline entries
 * recorded after the earlier point up to the later one, the grants made or changed meanwhile.
 */
public record CaseComparison(CaseAsOf earlier, CaseAsOf later) {

    public CaseComparison {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        if (earlier.day().isAfter(later.day())) {
            throw new IllegalArgumentException("the earlier point comes first");
        }
    }

    /** The entries of the later point that the earlier one did not have yet, newest first. */
    public List<TimelineRow> addedBetween() {
        Set<Long> before = earlier.timeline().stream().map(TimelineRow::position).collect(Collectors.toSet());
        return later.timeline().stream().filter(row -> !before.contains(row.position())).toList();
    }

    /** The grant as it stood at the earlier point; empty when it was made after it. */
    public Optional<GrantRow> earlierGrant(GrantId grantId) {
        return Optional.ofNullable(earlierGrants().get(grantId));
    }

    /** The grants of the later point that were made after the earlier one or stand differently now. */
    public List<GrantRow> grantsChangedBetween() {
        Map<GrantId, GrantRow> before = earlierGrants();
        return later.grants().stream().filter(grant -> !grant.equals(before.get(grant.grantId()))).toList();
    }

    private Map<GrantId, GrantRow> earlierGrants() {
        return earlier.grants().stream().collect(Collectors.toMap(GrantRow::grantId, Function.identity()));
    }
}
