package pl.asysta.cases.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;

import pl.asysta.cases.familycase.CaseStandings;
import pl.asysta.cases.familycase.domain.CaseStanding;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.support.SupportArrangementCommand.ClaimReimbursement;
import pl.asysta.cases.support.SupportArrangementCommand.LogHelp;
import pl.asysta.cases.support.SupportArrangementCommand.RecordSupportArrangement;
import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.support.domain.ReimbursementTerms;
import pl.asysta.cases.support.domain.SupportArrangementEvent;
import pl.asysta.cases.support.domain.SupportArrangementEvent.HelpLogged;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementApproved;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementClaimed;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementCorrectionClaimed;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementRejected;
import pl.asysta.cases.support.domain.SupportArrangementEvent.SupportArrangementEnded;
import pl.asysta.cases.support.domain.SupportArrangementEvent.SupportArrangementRecorded;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;

/**
 * The Krajewskis' case of the Przykładowo centre, supported by the Nowak household from the first of February
 * to the end of the year on agreement RW/3/2026 (travel and meals, up to 300 zł a month), at every stage, and the
 * arrangement aggregate run with the case's standing answered in memory:
 * {@code given(recorded()).when(logHelp(...)).expectEvents(...)}.
 */
class SupportArrangementFixture {

    public static final CaseId CASE = new CaseId("case-krajewski");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    public static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    public static final YearMonth MARCH = YearMonth.of(2026, 3);
    public static final InstitutionId CENTRE = new InstitutionId("ops-przykladowo");
    public static final InstitutionId HOUSEHOLD = new InstitutionId("rodzina-wspierajaca-nowak");
    public static final InstitutionId OTHER_HOUSEHOLD = new InstitutionId("rodzina-wspierajaca-malinowscy");
    public static final SupportArrangementId ARRANGEMENT = SupportArrangementId.of(CASE, HOUSEHOLD);
    public static final LocalDate STARTS = LocalDate.of(2026, 2, 1);
    public static final LocalDate ENDS = LocalDate.of(2026, 12, 31);
    public static final String AGREEMENT = "RW/3/2026";
    public static final ReimbursementTerms TERMS = new ReimbursementTerms(Set.of(CostKind.TRAVEL, CostKind.MEALS),
            new BigDecimal("300.00"));

    public static final Actor HEAD = actor("kierownik", "Tomasz Lewandowski", Role.CENTRE_HEAD, CENTRE);
    public static final Actor HEAD_OF_ANOTHER_CENTRE = actor("kierownik-inny", "Jan Inny", Role.CENTRE_HEAD,
            new InstitutionId("ops-gdzie-indziej"));
    public static final Actor ASSISTANT = actor("asystent", "Anna Kowalska", Role.FAMILY_ASSISTANT, CENTRE);
    public static final Actor SOCIAL_WORKER = actor("pracownik", "Katarzyna Zielińska", Role.SOCIAL_WORKER, CENTRE);
    public static final Actor BARBARA = actor("rodzina", "Barbara Nowak", Role.SUPPORTING_FAMILY, HOUSEHOLD);
    public static final Actor OTHER_FAMILY = actor("malinowska", "Irena Malinowska", Role.SUPPORTING_FAMILY,
            OTHER_HOUSEHOLD);

    public static final ClaimId FEBRUARY_CLAIM = new ClaimId("claim-february");
    public static final ClaimId NEW_CLAIM = new ClaimId("claim-new");
    public static final Receipt TICKET = new Receipt("receipt-1", "bilet.pdf", "application/pdf", 1234, "ab".repeat(32));

    public final AggregateTestFixture<SupportArrangementAggregate> fixture =
            new AggregateTestFixture<>(SupportArrangementAggregate.class);
    private CaseStanding standing = new CaseStanding(CENTRE, CaseStatus.ACTIVE);
    private boolean caseExists = true;

    public SupportArrangementFixture() {
        fixture.registerInjectableResource((CaseStandings) caseId -> {
            if (!caseExists || !caseId.equals(CASE)) {
                throw new AggregateNotFoundException(caseId.value(), "no such case");
            }
            return standing;
        });
    }

    /** The family's case stands at {@code status} (an assistant works with it when ACTIVE). */
    public void caseIs(CaseStatus status) {
        standing = new CaseStanding(CENTRE, status);
    }

    public void noSuchCase() {
        caseExists = false;
    }

    public static Actor actor(String userId, String name, Role role, InstitutionId institution) {
        return new Actor(new pl.asysta.shared.UserId(userId), name, Set.of(role), institution);
    }

    public static Author as(Actor actor, Role role) {
        return Author.of(actor, role);
    }

    // ---------------------------------------------------------------- commands

    public static RecordSupportArrangement record(Actor actor) {
        return record(HOUSEHOLD, InstitutionKind.SUPPORTING_FAMILY, TERMS, actor);
    }

    public static RecordSupportArrangement record(InstitutionId household, InstitutionKind kind, ReimbursementTerms terms,
                                           Actor actor) {
        return new RecordSupportArrangement(SupportArrangementId.of(CASE, household), CASE, household, kind,
                "Rodzina wspierająca Nowakowie", AGREEMENT, STARTS, ENDS, terms, actor, TODAY);
    }

    public static LogHelp logHelp(LocalDate day, int minutes, Actor actor) {
        return new LogHelp(ARRANGEMENT, "help-" + day + "-" + minutes, day, minutes, HelpKind.HOMEWORK,
                "Odrabianie lekcji z Filipem", actor, TODAY);
    }

    public static ClaimReimbursement claim(YearMonth month, Actor actor, ClaimLine... lines) {
        return new ClaimReimbursement(ARRANGEMENT, NEW_CLAIM, month, List.of(lines), List.of(TICKET),
                "Dojazdy i obiady", actor, TODAY);
    }

    public static ClaimLine line(CostKind kind, String amount) {
        return new ClaimLine(kind, new BigDecimal(amount));
    }

    // ---------------------------------------------------------------- the arrangement at each stage

    public static SupportArrangementRecorded recorded() {
        return new SupportArrangementRecorded(ARRANGEMENT, CASE, CENTRE, HOUSEHOLD, "Rodzina wspierająca Nowakowie",
                AGREEMENT, STARTS, ENDS, TERMS, TODAY.minusDays(44), as(HEAD, Role.CENTRE_HEAD));
    }

    public static HelpLogged helped(LocalDate day, int minutes) {
        return new HelpLogged(ARRANGEMENT, CASE, "help-earlier-" + day, day, minutes, HelpKind.CHILDCARE,
                "Opieka nad Filipem po szkole", as(BARBARA, Role.SUPPORTING_FAMILY));
    }

    public static ReimbursementClaimed februaryClaimed(String travel) {
        List<ClaimLine> lines = List.of(line(CostKind.TRAVEL, travel));
        return new ReimbursementClaimed(ARRANGEMENT, CASE, FEBRUARY_CLAIM, FEBRUARY, lines, new BigDecimal(travel),
                List.of(), null, TODAY.minusDays(14), as(BARBARA, Role.SUPPORTING_FAMILY));
    }

    public static ReimbursementApproved februaryApproved(String total) {
        return new ReimbursementApproved(ARRANGEMENT, CASE, FEBRUARY_CLAIM, FEBRUARY, new BigDecimal(total),
                TODAY.minusDays(10), as(HEAD, Role.CENTRE_HEAD));
    }

    public static ReimbursementRejected februaryRejected(String total) {
        return new ReimbursementRejected(ARRANGEMENT, CASE, FEBRUARY_CLAIM, FEBRUARY, new BigDecimal(total),
                "Brak paragonów", TODAY.minusDays(10), as(HEAD, Role.CENTRE_HEAD));
    }

    public static ReimbursementCorrectionClaimed februaryCorrected(ClaimId claimId, String amount) {
        return new ReimbursementCorrectionClaimed(ARRANGEMENT, CASE, claimId, FEBRUARY, FEBRUARY_CLAIM,
                List.of(line(CostKind.MEALS, amount)), new BigDecimal(amount), List.of(), "Spóźniony paragon",
                TODAY.minusDays(5), as(BARBARA, Role.SUPPORTING_FAMILY));
    }

    public static ReimbursementApproved approved(ClaimId claimId, String total) {
        return new ReimbursementApproved(ARRANGEMENT, CASE, claimId, FEBRUARY, new BigDecimal(total),
                TODAY.minusDays(3), as(HEAD, Role.CENTRE_HEAD));
    }

    public static SupportArrangementEnded ended(LocalDate on) {
        return new SupportArrangementEnded(ARRANGEMENT, CASE, on, "Rodzina wspierająca zrezygnowała",
                as(HEAD, Role.CENTRE_HEAD));
    }

    public static List<SupportArrangementEvent> history(SupportArrangementEvent... events) {
        List<SupportArrangementEvent> all = new ArrayList<>();
        all.add(recorded());
        all.addAll(List.of(events));
        return all;
    }
}
