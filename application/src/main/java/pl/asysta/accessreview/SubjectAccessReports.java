package pl.asysta.accessreview;

import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pl.asysta.accessreview.domain.ReviewRules;
import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

/**
 * The subject access report of one family member (GDPR art. 15, ADR 0017), made by an auditor. Its making is a
 * read of the family's data and is recorded first, as an {@link AccessView#EXPORT} of the case naming the member
 * in its purpose; the report then lists every read of the case up to and including that record.
 */
@Service
public class SubjectAccessReports {

    /** The purpose recorded with the report's making; the member's name follows. */
    public static final String PURPOSE = AccessBasis.AUDIT.name() + "; RODO art. 15: ";

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final AccessReview review;

    SubjectAccessReports(JdbcClient jdbc, AccessLog accessLog, AccessReview review) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.review = review;
    }

    /**
     * The report for the member of the family's case, for an auditor only. Refused as {@code review.no-member}
     * when the case has no such member; every call is a new report, recorded as such.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SubjectAccessReport report(CaseId caseId, String memberId, Actor actor) {
        ReviewRules.onlyAuditorsReview(actor);
        MemberOption member = AccessReview.members(jdbc, caseId).stream()
                .filter(candidate -> candidate.memberId().equals(memberId))
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation("review.no-member"));
        record Family(String name, Instant registeredAt) {
        }
        Family family = jdbc.sql("select family_name, registered_at from case_summary where case_id = :caseId")
                .param("caseId", caseId.value())
                .query((row, n) -> new Family(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant()))
                .single();
        long own = accessLog.record(actor, AccessView.EXPORT, List.of(caseId), Set.of(DataCategory.BASIC),
                PURPOSE + member.fullName(), null);
        Function<InstitutionId, String> institutions = review.institutionNames();
        List<SubjectAccessReport.Read> reads = jdbc.sql("""
                        select r.record_id, r.recorded_at, r.actor_name, r.actor_roles, r.institution, r.view_name,
                            r.categories, r.purpose,
                            array(select distinct g.basis from access_grant g
                                  where g.case_id = :caseId and g.institution_id = r.institution
                                    and strpos(r.purpose, g.purpose) > 0) as grant_bases
                        from access_record r
                        where r.case_ids @> array[cast(:caseId as varchar)] and r.record_id <= :own
                        order by r.recorded_at, r.record_id""")
                .param("caseId", caseId.value())
                .param("own", own)
                .query((row, n) -> {
                    InstitutionId institution = new InstitutionId(row.getString("institution"));
                    return new SubjectAccessReport.Read(row.getLong("record_id"),
                            row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                            row.getString("actor_name"), roles(row.getString("actor_roles")),
                            institutions.apply(institution), AccessView.valueOf(row.getString("view_name")),
                            LoggedRead.categories(row.getString("categories")), row.getString("purpose"),
                            grantBases(row.getArray("grant_bases")));
                })
                .list();
        SubjectAccessReport.Read made = reads.stream().filter(read -> read.recordId() == own).findFirst()
                .orElseThrow(() -> new IllegalStateException("the report's own record " + own + " is missing"));
        Instant from = reads.stream().map(SubjectAccessReport.Read::at).filter(at -> at.isBefore(family.registeredAt()))
                .min(Instant::compareTo).orElse(family.registeredAt());
        return new SubjectAccessReport(caseId, family.name(), member, from, made.at(), actor.displayName(),
                actor.roles().stream().sorted().toList(), institutions.apply(actor.institutionId()), own, reads);
    }

    private static List<Role> roles(String stored) {
        return stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(Role::valueOf).toList();
    }

    private static Set<GrantBasis> grantBases(Array array) throws java.sql.SQLException {
        Set<GrantBasis> bases = EnumSet.noneOf(GrantBasis.class);
        if (array != null) {
            for (String basis : (String[]) array.getArray()) {
                bases.add(GrantBasis.valueOf(basis));
            }
        }
        return bases;
    }
}
