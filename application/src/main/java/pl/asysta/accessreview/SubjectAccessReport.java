package pl.asysta.accessreview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/**
 * Who read a family member's data, when and why (GDPR art. 15, ADR 0017): every recorded read of the family's
 * case, oldest first, from the family's registration (when its members were registered) to the moment the
 * report was made, its own making included. An access record names the family's case and the categories the
 * reader could see, not a member, so every read of the case is a read of the member's data.
 *
 * @param coveredFrom   the start of the period: the family's registration, or the first read if earlier
 * @param generatedAt   when the report was made (its own access record's time), the end of the period
 * @param generatedBy   who made it, their roles and institution
 * @param exportRecord  the access record of this report's making
 */
public record SubjectAccessReport(CaseId caseId,
                                  String familyName,
                                  MemberOption member,
                                  Instant coveredFrom,
                                  Instant generatedAt,
                                  String generatedBy,
                                  List<Role> generatedByRoles,
                                  String generatedByInstitution,
                                  long exportRecord,
                                  List<Read> reads) {

    public SubjectAccessReport {
        generatedByRoles = List.copyOf(generatedByRoles);
        reads = List.copyOf(reads);
    }

    /**
     * One read of the family's case.
     *
     * @param purpose    as recorded: the bases of the reader's access by code ({@code CASE_WORK}, {@code GRANT}
     *                   ...) or the purpose of the grant they read under, in the case team's words
     * @param grantBases what the grants the reader's institution held on the case for that purpose rest on
     */
    public record Read(long recordId,
                       Instant at,
                       String readerName,
                       List<Role> roles,
                       String institutionName,
                       AccessView view,
                       Set<DataCategory> categories,
                       String purpose,
                       Set<GrantBasis> grantBases) {

        public Read {
            roles = List.copyOf(roles);
            categories = Set.copyOf(categories);
            grantBases = Set.copyOf(grantBases);
        }
    }

    /**
     * Everyone who read the case, in the order of their first read: how often, when first and last, which
     * categories they could see and why.
     */
    public record Reader(String name,
                         List<Role> roles,
                         String institutionName,
                         int reads,
                         Instant first,
                         Instant last,
                         Set<DataCategory> categories,
                         List<String> purposes,
                         Set<GrantBasis> grantBases) {
    }

    public List<Reader> readers() {
        Map<List<Object>, List<Read>> byReader = new LinkedHashMap<>();
        for (Read read : reads) {
            byReader.computeIfAbsent(List.of(read.readerName(), read.roles(), read.institutionName()),
                    key -> new ArrayList<>()).add(read);
        }
        return byReader.values().stream().map(group -> {
            Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
            Set<String> purposes = new LinkedHashSet<>();
            Set<GrantBasis> bases = EnumSet.noneOf(GrantBasis.class);
            for (Read read : group) {
                categories.addAll(read.categories());
                purposes.add(read.purpose());
                bases.addAll(read.grantBases());
            }
            Read first = group.getFirst();
            return new Reader(first.readerName(), first.roles(), first.institutionName(), group.size(), first.at(),
                    group.getLast().at(), categories, List.copyOf(purposes), bases);
        }).sorted(Comparator.comparing(Reader::first)).toList();
    }
}
