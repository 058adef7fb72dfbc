package pl.asysta.cases.support;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.familycase.ActionStatus;
import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.ClaimStatus;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

/**
 * Supporting-family arrangements as people see them: the household's own narrow view of the families it supports
 * (never the case file: {@link pl.asysta.cases.access.domain.AccessRules} gives a supporting family none), the
 * arrangements, help log, claims and monthly summary of an open case file within the reader's categories, the
 * claims waiting for the head of the centre, and a receipt scan. Everything that names a family is recorded in the
 * access log before it is returned.
 */
@Service
@Transactional(readOnly = true)
public class SupportQueries {

    /** The purpose a supporting family's reads are recorded with: the arrangement is what entitles them. */
    public static final String HOUSEHOLD_PURPOSE = "SUPPORT_ARRANGEMENT";

    /** What the household's view reads of the case, as its access record states it. */
    public static final Set<DataCategory> HOUSEHOLD_CATEGORIES = Set.copyOf(EnumSet.of(DataCategory.BASIC,
            DataCategory.PLAN, DataCategory.SUPPORT, DataCategory.FINANCE));

    private static final String ARRANGEMENT_COLUMNS = """
            a.arrangement_id, a.case_id, a.household_id, a.household_name, a.agreement_reference, a.starts_on,
            a.ends_on, a.cost_kinds, a.monthly_limit, a.ended_on, a.end_reason, a.recorded_by""";

    private static final String CLAIM_COLUMNS = """
            c.claim_id, c.arrangement_id, c.case_id, s.family_name, a.household_name, c.month, c.corrects, c.total,
            c.note, c.claimed_on, c.claimed_by, c.status, c.decided_on, c.decided_by, c.rejection_reason""";

    private static final String CLAIM_FROM = """
             from support_claim c
            join support_arrangement a on a.arrangement_id = c.arrangement_id
            join case_summary s on s.case_id = c.case_id
            """;

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final AccessPolicy policy;
    private final AccessLog accessLog;
    private final ReceiptStore receipts;

    SupportQueries(JdbcClient jdbc, CaseFiles caseFiles, AccessPolicy policy, AccessLog accessLog,
                   ReceiptStore receipts) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.policy = policy;
        this.accessLog = accessLog;
        this.receipts = receipts;
    }

    // ---------------------------------------------------------------- the household

    /**
     * The families the actor's household supports, each with only what the household may see, arrangements
     * still running first. Empty for anyone who is not a supporting family.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<HouseholdSupport> forHousehold(Actor actor) {
        if (!actor.hasRole(Role.SUPPORTING_FAMILY)) {
            return List.of();
        }
        LocalDate today = policy.today();
        List<ArrangementRow> arrangements = jdbc.sql("select " + ARRANGEMENT_COLUMNS
                        + " from support_arrangement a where a.household_id = :household order by a.starts_on desc")
                .param("household", actor.institutionId().value())
                .query((row, n) -> arrangement(row))
                .list();
        if (arrangements.isEmpty()) {
            return List.of();
        }
        List<HouseholdSupport> supported = new ArrayList<>();
        for (ArrangementRow arrangement : arrangements.stream()
                .sorted(Comparator.comparing((ArrangementRow row) -> !row.runsOn(today))).toList()) {
            CaseId caseId = arrangement.caseId();
            record Family(String name, String assistant) {
            }
            Family family = jdbc.sql("select family_name, assistant_name from case_summary where case_id = :caseId")
                    .param("caseId", caseId.value())
                    .query((row, n) -> new Family(row.getString(1), row.getString(2)))
                    .optional().orElse(new Family("", null));
            List<String> children = jdbc.sql("""
                            select first_name from case_member where case_id = :caseId and kinship = 'CHILD'
                            order by ordinal""")
                    .param("caseId", caseId.value())
                    .query(String.class)
                    .list();
            supported.add(new HouseholdSupport(arrangement, family.name(), children, family.assistant(),
                    actionsOf(caseId, arrangement.household()),
                    help("h.arrangement_id = :arrangement", Map.of("arrangement", arrangement.arrangementId().value())),
                    claims("c.arrangement_id = :arrangement",
                            Map.of("arrangement", arrangement.arrangementId().value()))));
        }
        accessLog.record(actor, AccessView.SUPPORT_ARRANGEMENT,
                supported.stream().map(support -> support.arrangement().caseId()).toList(), HOUSEHOLD_CATEGORIES,
                HOUSEHOLD_PURPOSE, null);
        return supported;
    }

    /**
     * How far the read side has followed the arrangement: the position of its newest event, for its household and
     * the head of its centre; 0 for anyone else. A number, no case data: not recorded.
     */
    public long readSidePosition(SupportArrangementId arrangementId, Actor actor) {
        return jdbc.sql("select household_id, centre, last_position from support_arrangement "
                        + "where arrangement_id = :id")
                .param("id", arrangementId.value())
                .query((row, n) -> {
                    boolean household = actor.hasRole(Role.SUPPORTING_FAMILY)
                            && actor.institutionId().value().equals(row.getString(1));
                    boolean head = actor.hasRole(Role.CENTRE_HEAD)
                            && actor.institutionId().value().equals(row.getString(2));
                    return household || head ? row.getLong(3) : 0L;
                })
                .optional().orElse(0L);
    }

    // ---------------------------------------------------------------- an open case file

    /** The case's supporting families, within the categories the reader of the file may see now. */
    public CaseSupport ofCase(CaseFile file) {
        Set<DataCategory> categories = caseFiles.categories(file);
        boolean support = categories.contains(DataCategory.SUPPORT);
        boolean finance = categories.contains(DataCategory.FINANCE);
        if (!support && !finance) {
            return CaseSupport.NONE;
        }
        Map<String, Object> caseParameter = Map.of("caseId", file.caseId().value());
        List<ArrangementRow> arrangements = !support ? List.of() : jdbc.sql("select " + ARRANGEMENT_COLUMNS
                        + " from support_arrangement a where a.case_id = :caseId order by a.position")
                .params(caseParameter)
                .query((row, n) -> arrangement(row))
                .list();
        List<HelpRow> help = support ? help("h.case_id = :caseId", caseParameter) : List.of();
        List<ClaimRow> claims = finance ? claims("c.case_id = :caseId", caseParameter) : List.of();
        return new CaseSupport(arrangements, help, claims, months(file.caseId(), support, finance));
    }

    // ---------------------------------------------------------------- the head of the centre

    /** The claims of the head's centre that wait for a decision, oldest first. Empty for anyone but a head. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<ClaimRow> awaitingDecision(Actor actor) {
        if (!actor.hasRole(Role.CENTRE_HEAD)) {
            return List.of();
        }
        List<ClaimRow> waiting = claims("c.status = 'SUBMITTED' and a.centre = :centre",
                Map.of("centre", actor.institutionId().value()));
        if (!waiting.isEmpty()) {
            accessLog.record(actor, AccessView.CASE_LIST, waiting.stream().map(ClaimRow::caseId).toList(),
                    Set.of(DataCategory.BASIC, DataCategory.FINANCE), policy.listPurpose(actor), null);
        }
        return waiting;
    }

    // ---------------------------------------------------------------- receipts

    /**
     * A receipt scan of a claim, for the household that claimed it and for whoever may read the case's FINANCE
     * (the case team, the auditor); recorded before its bytes are returned. Empty for anyone else, exactly as for
     * a receipt that does not exist.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<ReceiptContent> receipt(String receiptId, Actor actor) {
        Optional<ReceiptStore.Stored> found = receipts.find(receiptId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReceiptStore.Stored receipt = found.get();
        CaseId caseId = new CaseId(receipt.caseId());
        String purpose;
        if (ownHousehold(receipt.arrangementId(), actor)) {
            purpose = HOUSEHOLD_PURPOSE;
        } else {
            AccessDecision decision = policy.decide(caseId, actor);
            if (!decision.mayRead(DataCategory.FINANCE)) {
                return Optional.empty();
            }
            purpose = decision.purpose();
        }
        accessLog.record(actor, AccessView.RECEIPT, List.of(caseId), Set.of(DataCategory.FINANCE), purpose, null);
        return Optional.of(new ReceiptContent(receipt.fileName(), receipt.contentType(), receipt.content(),
                receipt.sha256()));
    }

    // ---------------------------------------------------------------- reading the tables

    private boolean ownHousehold(SupportArrangementId arrangementId, Actor actor) {
        return actor.hasRole(Role.SUPPORTING_FAMILY) && jdbc.sql(
                        "select household_id from support_arrangement where arrangement_id = :id")
                .param("id", arrangementId.value())
                .query(String.class)
                .optional()
                .filter(actor.institutionId().value()::equals)
                .isPresent();
    }

    private List<AssignedAction> actionsOf(CaseId caseId, InstitutionId household) {
        return jdbc.sql("""
                        select a.action_id, a.description, a.deadline, a.expected_effect, st.status
                        from case_summary s
                        join case_plan_action a on a.case_id = s.case_id and a.version = s.plan_version
                        join case_plan_action_state st on st.case_id = a.case_id and st.action_id = a.action_id
                        where s.case_id = :caseId and a.owner_kind = 'INSTITUTION' and a.owner_reference = :household
                        order by a.deadline, a.ordinal""")
                .param("caseId", caseId.value())
                .param("household", household.value())
                .query((row, n) -> new AssignedAction(row.getString(1), row.getString(2),
                        row.getObject(3, LocalDate.class), row.getString(4), ActionStatus.valueOf(row.getString(5))))
                .list();
    }

    private List<HelpRow> help(String condition, Map<String, Object> parameters) {
        return jdbc.sql("""
                        select h.arrangement_id, h.entry_id, h.helped_on, h.minutes, h.kind, h.note, h.logged_by
                        from support_help h where\s""" + condition + " order by h.helped_on desc, h.position desc")
                .params(parameters)
                .query((row, n) -> new HelpRow(new SupportArrangementId(row.getString(1)), row.getString(2),
                        row.getObject(3, LocalDate.class), row.getInt(4), HelpKind.valueOf(row.getString(5)),
                        row.getString(6), row.getString(7)))
                .list();
    }

    private List<ClaimRow> claims(String condition, Map<String, Object> parameters) {
        record Head(ClaimId claimId, SupportArrangementId arrangementId, CaseId caseId, String familyName,
                    String householdName, YearMonth month, ClaimId corrects, BigDecimal total, String note,
                    LocalDate claimedOn, String claimedBy, ClaimStatus status, LocalDate decidedOn, String decidedBy,
                    String rejectionReason) {
        }
        List<Head> heads = jdbc.sql("select " + CLAIM_COLUMNS + CLAIM_FROM + "where " + condition
                        + " order by c.month desc, c.position desc")
                .params(parameters)
                .query((row, n) -> new Head(new ClaimId(row.getString(1)), new SupportArrangementId(row.getString(2)),
                        new CaseId(row.getString(3)), row.getString(4), row.getString(5),
                        YearMonth.from(row.getObject(6, LocalDate.class)),
                        row.getString(7) == null ? null : new ClaimId(row.getString(7)), row.getBigDecimal(8),
                        row.getString(9), row.getObject(10, LocalDate.class), row.getString(11),
                        ClaimStatus.valueOf(row.getString(12)), row.getObject(13, LocalDate.class), row.getString(14),
                        row.getString(15)))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<String> ids = heads.stream().map(head -> head.claimId().value()).toList();
        Map<String, List<ClaimLine>> lines = new LinkedHashMap<>();
        jdbc.sql("select claim_id, cost_kind, amount from support_claim_line where claim_id in (:ids) "
                        + "order by claim_id, cost_kind")
                .param("ids", ids)
                .query(row -> {
                    lines.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                            .add(new ClaimLine(CostKind.valueOf(row.getString(2)), row.getBigDecimal(3)));
                });
        Map<String, List<Receipt>> attached = new LinkedHashMap<>();
        jdbc.sql("""
                        select claim_id, receipt_id, file_name, content_type, size_bytes, sha256
                        from support_claim_receipt where claim_id in (:ids) order by claim_id, file_name, receipt_id""")
                .param("ids", ids)
                .query(row -> {
                    attached.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                            .add(new Receipt(row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                                    row.getString(6)));
                });
        return heads.stream().map(head -> new ClaimRow(head.claimId(), head.arrangementId(), head.caseId(),
                head.familyName(), head.householdName(), head.month(), head.corrects(),
                lines.getOrDefault(head.claimId().value(), List.of()).stream()
                        .sorted(Comparator.comparing(ClaimLine::kind)).toList(),
                head.total(), attached.getOrDefault(head.claimId().value(), List.of()), head.note(),
                head.claimedOn(), head.claimedBy(), head.status(), head.decidedOn(), head.decidedBy(),
                head.rejectionReason())).toList();
    }

    /** The months of the case with help or claims, newest first. */
    private List<MonthSummary> months(CaseId caseId, boolean support, boolean finance) {
        Map<YearMonth, Map<HelpKind, Integer>> minutes = new TreeMap<>(Comparator.reverseOrder());
        if (support) {
            jdbc.sql("""
                            select cast(date_trunc('month', helped_on) as date), kind, sum(minutes)
                            from support_help where case_id = :caseId group by 1, 2""")
                    .param("caseId", caseId.value())
                    .query(row -> {
                        minutes.computeIfAbsent(YearMonth.from(row.getObject(1, LocalDate.class)),
                                month -> new EnumMap<>(HelpKind.class)).put(HelpKind.valueOf(row.getString(2)),
                                row.getInt(3));
                    });
        }
        record Amounts(BigDecimal waiting, BigDecimal approved) {
        }
        Map<YearMonth, Amounts> amounts = new TreeMap<>(Comparator.reverseOrder());
        if (finance) {
            jdbc.sql("""
                            select month,
                                coalesce(sum(total) filter (where status = 'SUBMITTED'), 0),
                                coalesce(sum(total) filter (where status = 'APPROVED'), 0)
                            from support_claim where case_id = :caseId group by month""")
                    .param("caseId", caseId.value())
                    .query(row -> {
                        amounts.put(YearMonth.from(row.getObject(1, LocalDate.class)),
                                new Amounts(scaled(row.getBigDecimal(2)), scaled(row.getBigDecimal(3))));
                    });
        }
        Set<YearMonth> months = new java.util.TreeSet<>(Comparator.reverseOrder());
        months.addAll(minutes.keySet());
        months.addAll(amounts.keySet());
        Amounts none = new Amounts(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
        return months.stream().map(month -> {
            Map<HelpKind, Integer> byKind = minutes.getOrDefault(month, Map.of());
            Amounts money = amounts.getOrDefault(month, none);
            return new MonthSummary(month, support ? byKind : null,
                    support ? byKind.values().stream().mapToInt(Integer::intValue).sum() : null,
                    finance ? money.waiting() : null, finance ? money.approved() : null);
        }).toList();
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(2);
    }

    private static ArrangementRow arrangement(ResultSet row) throws SQLException {
        Set<CostKind> kinds = Arrays.stream(row.getString("cost_kinds").split(",")).filter(kind -> !kind.isBlank())
                .map(CostKind::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(CostKind.class)));
        return new ArrangementRow(new SupportArrangementId(row.getString("arrangement_id")),
                new CaseId(row.getString("case_id")), new InstitutionId(row.getString("household_id")),
                row.getString("household_name"), row.getString("agreement_reference"),
                row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class), kinds,
                row.getBigDecimal("monthly_limit"), row.getObject("ended_on", LocalDate.class),
                row.getString("end_reason"), row.getString("recorded_by"));
    }
}
