package pl.asysta.cases.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.support.SupportArrangementCommand.ApproveReimbursement;
import pl.asysta.cases.support.SupportArrangementCommand.ClaimReimbursement;
import pl.asysta.cases.support.SupportArrangementCommand.CorrectReimbursement;
import pl.asysta.cases.support.SupportArrangementCommand.EndSupportArrangement;
import pl.asysta.cases.support.SupportArrangementCommand.LogHelp;
import pl.asysta.cases.support.SupportArrangementCommand.RecordSupportArrangement;
import pl.asysta.cases.support.SupportArrangementCommand.RejectReimbursement;
import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.support.domain.ReimbursementTerms;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.cases.support.domain.SupportRules;
import pl.asysta.eventstore.CommandSender;
import pl.asysta.eventstore.Created;
import pl.asysta.eventstore.Recorded;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/**
 * The supporting family (ADR 0013): the head of the family's centre records the arrangement with a household and
 * may end it early; the household logs the help it gave and claims its costs month by month, with receipt scans;
 * the head approves or rejects each claim. Each call waits until the events are stored; refusals arrive as
 * {@link DomainRuleViolation}s with translation keys. An arrangement the actor has nothing to do with is refused
 * as {@code supporting.arrangement-not-found}, exactly like one that does not exist.
 *
 * <p>Receipt scans are checked ({@link ReceiptFiles}) before anything is stored; the accepted ones are written in
 * the same transaction as the claim's event, so a claim the arrangement refuses leaves no file behind.
 */
@Service
public class SupportCommands {

    private static final Set<String> REFUSALS_OF_WHO_ONE_IS = Set.of("case.role-not-allowed", "case.not-your-case");

    private final CommandSender sender;
    private final InstitutionRegister institutions;
    private final AccessPolicy policy;
    private final ReceiptFiles receiptFiles;
    private final ReceiptStore receiptStore;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** The clock says what "today" is; the demo gmina hands in the day its story is acting on. */
    public SupportCommands(CommandSender sender, InstitutionRegister institutions, AccessPolicy policy,
                           ReceiptFiles receiptFiles, ReceiptStore receiptStore,
                           PlatformTransactionManager transactions, JdbcClient jdbc, Clock clock) {
        this.sender = sender;
        this.institutions = institutions;
        this.policy = policy;
        this.receiptFiles = receiptFiles;
        this.receiptStore = receiptStore;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
    }

    /** The same facade with another clock: the demo gmina tells its story on the days things happened. */
    public SupportCommands withClock(Clock storyClock) {
        return new SupportCommands(sender, institutions, policy, receiptFiles, receiptStore,
                transaction.getTransactionManager(), jdbc, storyClock);
    }

    /**
     * Records the agreement of the household with the family's centre; returns the arrangement's id. A household
     * supports a family under one arrangement: a second one for the same pair is refused.
     */
    public Created<SupportArrangementId> recordArrangement(CaseId caseId, InstitutionId household,
                                                           String agreementReference, LocalDate startsOn,
                                                           LocalDate endsOn, Set<CostKind> costKinds,
                                                           BigDecimal monthlyLimit, Actor actor) {
        if (household == null) {
            throw new DomainRuleViolation("supporting.household-missing");
        }
        Institution found = institutions.find(household)
                .orElseThrow(() -> new DomainRuleViolation("supporting.household-unknown"));
        SupportArrangementId arrangementId = SupportArrangementId.of(caseId, household);
        return new Created<>(arrangementId, sender.send(new RecordSupportArrangement(arrangementId, caseId,
                household, found.kind(), found.name(), agreementReference, startsOn, endsOn,
                new ReimbursementTerms(costKinds, monthlyLimit), actor, today()),
                refusal -> policy.asSeenBy(actor, caseId, refusal)));
    }

    public Recorded endArrangement(SupportArrangementId arrangementId, LocalDate endedOn, String reason,
                                   Actor actor) {
        return send(new EndSupportArrangement(arrangementId, endedOn, reason, actor, today()));
    }

    /** Logs what the household did for the family on a day; returns the entry's id. */
    public Created<String> logHelp(SupportArrangementId arrangementId, LocalDate helpedOn, int minutes,
                                   HelpKind kind, String note, Actor actor) {
        String entryId = UUID.randomUUID().toString();
        return new Created<>(entryId,
                send(new LogHelp(arrangementId, entryId, helpedOn, minutes, kind, note, actor, today())));
    }

    /** Claims the costs of a month with the receipt scans; returns the claim's id. */
    public Created<ClaimId> claim(SupportArrangementId arrangementId, YearMonth month, List<ClaimLine> lines,
                                  List<UploadedFile> receipts, String note, Actor actor) {
        ClaimId claimId = new ClaimId(UUID.randomUUID().toString());
        return new Created<>(claimId, withReceipts(arrangementId, receipts, actor,
                attached -> new ClaimReimbursement(arrangementId, claimId, month, lines == null ? List.of() : lines,
                        attached, note, actor, today())));
    }

    /** Corrects an approved month: what it adds, or takes back with negative amounts; returns the claim's id. */
    public Created<ClaimId> correct(SupportArrangementId arrangementId, YearMonth month, List<ClaimLine> lines,
                                    List<UploadedFile> receipts, String note, Actor actor) {
        ClaimId claimId = new ClaimId(UUID.randomUUID().toString());
        return new Created<>(claimId, withReceipts(arrangementId, receipts, actor,
                attached -> new CorrectReimbursement(arrangementId, claimId, month, lines == null ? List.of() : lines,
                        attached, note, actor, today())));
    }

    public Recorded approve(SupportArrangementId arrangementId, ClaimId claimId, Actor actor) {
        return send(new ApproveReimbursement(arrangementId, claimId, actor, today()));
    }

    public Recorded reject(SupportArrangementId arrangementId, ClaimId claimId, String reason, Actor actor) {
        return send(new RejectReimbursement(arrangementId, claimId, reason, actor, today()));
    }

    /**
     * Checks an uploaded file as the claim will, so a screen can say at once what is wrong with it; stores
     * nothing.
     */
    public ReceiptFiles.Checked checkReceipt(UploadedFile file) {
        return receiptFiles.check(file);
    }

    /** The largest receipt scan accepted, in bytes. */
    public long receiptMaxBytes() {
        return receiptFiles.maxBytes();
    }

    // ---------------------------------------------------------------- sending

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Checks every file first, then stores the accepted ones and sends the command in one transaction: the files
     * are kept exactly when the claim is.
     */
    private Recorded withReceipts(SupportArrangementId arrangementId, List<UploadedFile> files, Actor actor,
                                  Function<List<Receipt>, SupportArrangementCommand> command) {
        List<UploadedFile> uploaded = files == null ? List.of() : files;
        if (uploaded.size() > SupportRules.MAX_RECEIPTS_PER_CLAIM) {
            throw new DomainRuleViolation("supporting.receipts-too-many", SupportRules.MAX_RECEIPTS_PER_CLAIM);
        }
        List<ReceiptFiles.Checked> checked = uploaded.stream().map(receiptFiles::check).toList();
        List<Receipt> receipts = new ArrayList<>();
        for (ReceiptFiles.Checked file : checked) {
            receipts.add(new Receipt(UUID.randomUUID().toString(), file.fileName(), file.contentType(), file.size(),
                    file.sha256()));
        }
        SupportArrangementCommand claim = command.apply(receipts);
        return transaction.execute(status -> {
            for (int index = 0; index < checked.size(); index++) {
                receiptStore.store(receipts.get(index).receiptId(), arrangementId, checked.get(index), actor);
            }
            return send(claim);
        });
    }

    private Recorded send(SupportArrangementCommand command) {
        return sender.send(command, refusal -> asSeenBy(command, refusal));
    }

    /**
     * A refusal as the actor may learn it: an arrangement that does not exist, or one they may not act on and
     * whose family's case they may not see, is not found; everyone else learns the refusal as it is.
     */
    private RuntimeException asSeenBy(SupportArrangementCommand command, RuntimeException refusal) {
        if (!(refusal instanceof DomainRuleViolation violation)) {
            return refusal;
        }
        if (violation.messageKey().equals("case.not-found")) {
            return new DomainRuleViolation("supporting.arrangement-not-found");
        }
        if (REFUSALS_OF_WHO_ONE_IS.contains(violation.messageKey())) {
            Actor actor = command.actor();
            boolean ownHousehold = actor.hasRole(Role.SUPPORTING_FAMILY)
                    && household(command.arrangementId()).filter(actor.institutionId()::equals).isPresent();
            boolean seesCase = caseOf(command.arrangementId())
                    .map(caseId -> policy.decide(caseId, actor).seesCase()).orElse(false);
            if (!ownHousehold && !seesCase) {
                return new DomainRuleViolation("supporting.arrangement-not-found");
            }
        }
        return refusal;
    }

    private Optional<CaseId> caseOf(SupportArrangementId arrangementId) {
        return jdbc.sql("select case_id from support_arrangement where arrangement_id = :id")
                .param("id", arrangementId.value())
                .query((row, n) -> new CaseId(row.getString(1)))
                .optional();
    }

    private Optional<InstitutionId> household(SupportArrangementId arrangementId) {
        return jdbc.sql("select household_id from support_arrangement where arrangement_id = :id")
                .param("id", arrangementId.value())
                .query((row, n) -> new InstitutionId(row.getString(1)))
                .optional();
    }
}
