package pl.asysta.cases.support.ui;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.cases.support.SimplePdf;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.UploadedFile;
import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.security.demo.DemoAccounts;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * Families the demo supporting family (Barbara Nowak, {@code rodzina}) supports, set up through the real facades:
 * a family Anna Kowalska works with, a plan that gives the household one action and the school another, and the
 * arrangement the head recorded from the first of last month (travel, meals and school supplies, up to 300 zł a
 * month). Every step waits until the read side shows it.
 */
@Component
public class SupportFixture {

    public static final InstitutionId HOUSEHOLD = new InstitutionId("rodzina-wspierajaca-nowak");
    public static final String HOUSEHOLD_NAME = "Rodzina wspierająca Nowakowie";
    public static final Actor BARBARA = DemoAccounts.find("rodzina").orElseThrow().actor();
    public static final String HOUSEHOLD_ACTION = "Odbieranie Zosi ze szkoły we wtorki";
    public static final String SCHOOL_ACTION = "Zajęcia wyrównawcze z matematyki";
    public static final BigDecimal LIMIT = new BigDecimal("300.00");

    /** A family supported by the household: its case and the arrangement's id. */
    public record Supported(String familyName, CaseId caseId, SupportArrangementId arrangementId) {
    }

    private final CaseFixture cases;
    private final SupportCommands support;
    private final SupportQueries queries;

    SupportFixture(CaseFixture cases, SupportCommands support, SupportQueries queries, InstitutionRegister register) {
        this.cases = cases;
        this.support = support;
        this.queries = queries;
        register.register(new Institution(new InstitutionId("ops-przykladowo"),
                "Ośrodek Pomocy Społecznej w Przykładowie", InstitutionKind.SOCIAL_WELFARE_CENTRE));
        register.register(new Institution(HOUSEHOLD, HOUSEHOLD_NAME, InstitutionKind.SUPPORTING_FAMILY));
    }

    public static LocalDate firstOfLastMonth() {
        return CaseFixture.today().minusMonths(1).withDayOfMonth(1);
    }

    public static YearMonth lastMonth() {
        return YearMonth.from(CaseFixture.today()).minusMonths(1);
    }

    /** An active family with a plan, not yet supported: the head may record an arrangement for it. */
    public CaseId planned(String familyName) {
        CaseId caseId = cases.active(familyName, CaseFixture.ASSISTANT);
        int before = cases.entries(caseId);
        cases.commands().adoptWorkPlan(caseId, 0, "Opieka nad Zosią w czasie pracy rodziców", List.of(
                new PlanAction(null, HOUSEHOLD_ACTION, new ActionOwner(ActionOwner.Kind.INSTITUTION, HOUSEHOLD_NAME,
                        HOUSEHOLD.value()), CaseFixture.today().plusDays(30), "Zosia bezpiecznie wraca do domu"),
                new PlanAction(null, SCHOOL_ACTION, new ActionOwner(ActionOwner.Kind.INSTITUTION,
                        "Szkoła Podstawowa nr 1", "szkola-podstawowa-1"), CaseFixture.today().plusDays(60),
                        "Ocena dostateczna")), CaseFixture.ASSISTANT);
        cases.settled(caseId, before + 1);
        return caseId;
    }

    /** A family the household supports under an arrangement the head recorded. */
    public Supported supported(String familyName) {
        CaseId caseId = planned(familyName);
        int before = cases.entries(caseId);
        SupportArrangementId arrangementId = support.recordArrangement(caseId, HOUSEHOLD, "RW/" + familyName,
                firstOfLastMonth(), CaseFixture.today().plusMonths(6), Set.of(CostKind.TRAVEL, CostKind.MEALS,
                        CostKind.LEARNING_MATERIALS), LIMIT, CaseFixture.HEAD).id();
        cases.settled(caseId, before + 1);
        return new Supported(familyName, caseId, arrangementId);
    }

    public void logHelp(Supported family, LocalDate day, int minutes, HelpKind kind, String note) {
        int before = cases.entries(family.caseId());
        support.logHelp(family.arrangementId(), day, minutes, kind, note, BARBARA);
        cases.settled(family.caseId(), before + 1);
    }

    /** Barbara claims last month's travel with a scan of the tickets. */
    public ClaimId claimLastMonth(Supported family, String travel) {
        int before = cases.entries(family.caseId());
        ClaimId claim = support.claim(family.arrangementId(), lastMonth(), List.of(new ClaimLine(CostKind.TRAVEL,
                new BigDecimal(travel))), List.of(ticketScan()), "Bilety na dojazdy", BARBARA).id();
        cases.settled(family.caseId(), before + 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.awaitingDecision(CaseFixture.HEAD).stream()
                .anyMatch(row -> row.claimId().equals(claim)));
        return claim;
    }

    public static UploadedFile ticketScan() {
        return new UploadedFile("bilety.pdf", SimplePdf.withLines(List.of("Bilety MZK", "Razem 46,20 zl")));
    }
}
