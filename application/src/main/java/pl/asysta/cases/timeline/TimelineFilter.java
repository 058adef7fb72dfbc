package pl.asysta.cases.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import pl.asysta.cases.court.domain.CourtOpinionRequestEvent;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.referral.domain.ReferralEvent;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent;
import pl.asysta.cases.support.domain.SupportArrangementEvent;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;

/**
 * Which timeline entries to show: an empty set means "any", a {@code null} institution means "any author
 * institution".
 */
public record TimelineFilter(Set<DataCategory> categories, Set<String> types, InstitutionId authorInstitution) {

    /** Every entry type a timeline can hold, in the order the case usually runs through them. */
    public static final List<String> ENTRY_TYPES = Stream.concat(Stream.of(FamilyCaseEvent.class,
                            SharingLedgerEvent.class, ReferralEvent.class, SupportArrangementEvent.class)
                    .flatMap(events -> Arrays.stream(events.getPermittedSubclasses())),
                    CourtOpinionRequestEvent.ON_THE_TIMELINE.stream())
            .map(Class::getSimpleName)
            .toList();

    public static final TimelineFilter ALL = new TimelineFilter(Set.of(), Set.of(), null);

    public TimelineFilter {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public static TimelineFilter categories(DataCategory... categories) {
        return new TimelineFilter(Set.of(categories), Set.of(), null);
    }

    public static TimelineFilter types(String... types) {
        return new TimelineFilter(Set.of(), Set.of(types), null);
    }

    public static TimelineFilter byInstitution(InstitutionId institution) {
        return new TimelineFilter(Set.of(), Set.of(), institution);
    }
}
