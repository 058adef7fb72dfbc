package pl.asysta.demo;

import static pl.asysta.demo.DemoGmina.ANNA;
import static pl.asysta.demo.DemoGmina.TOMASZ;
import static pl.asysta.demo.DemoGmina.caseId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.support.SimplePdf;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.UploadedFile;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The supporting family of the demo gmina, told after the families' story: six weeks ago the head signed an
 * agreement with the Nowak household (Barbara Nowak, the demo account {@code rodzina}) to support Sylwia
 * Krajewska and her son Filip, and Anna Kowalska gave the household two actions in a new version of the plan.
 * Barbara has logged her afternoons since, and last month's costs wait for the head's approval with a scan of the
 * receipts.
 */
final class DemoSupport {

    static final InstitutionId HOUSEHOLD = new InstitutionId("rodzina-wspierajaca-nowak");
    static final Actor BARBARA = new Actor(new UserId("rodzina"), "Barbara Nowak", Set.of(Role.SUPPORTING_FAMILY),
            HOUSEHOLD);
    static final CaseId KRAJEWSKI = caseId(5);

    /** The arrangement's stream; once it exists, this part of the story has been told. */
    static final SupportArrangementId ARRANGEMENT = SupportArrangementId.of(KRAJEWSKI, HOUSEHOLD);

    private static final ActionOwner NOWAKS = new ActionOwner(ActionOwner.Kind.INSTITUTION,
            "Rodzina wspierająca Nowakowie", HOUSEHOLD.value());

    /** Barbara's afternoons: how many days ago, what, for how long, and her note. */
    private record Afternoon(int daysAgo, HelpKind kind, int minutes, String note) {
    }

    private static final List<Afternoon> AFTERNOONS = List.of(
            new Afternoon(38, HelpKind.CHILDCARE, 150, "Odebrałam Filipa ze szkoły, obiad u nas, zabawa w ogrodzie."),
            new Afternoon(36, HelpKind.HOMEWORK, 90, "Lekcje z Filipem: tabliczka mnożenia i czytanie."),
            new Afternoon(33, HelpKind.ACCOMPANIMENT, 120, "Pojechałam z Sylwią i Filipem do poradni "
                    + "psychologiczno-pedagogicznej na umówioną wizytę."),
            new Afternoon(31, HelpKind.HOMEWORK, 90, "Lekcje: zadania z matematyki, Filip coraz sprawniej liczy."),
            new Afternoon(29, HelpKind.HOUSEHOLD, 120, "Razem z Sylwią zrobiłyśmy zakupy na tydzień według listy i "
                    + "ugotowałyśmy obiad na dwa dni."),
            new Afternoon(26, HelpKind.CHILDCARE, 180, "Sylwia na kursie zawodowym; Filip u nas do wieczora."),
            new Afternoon(24, HelpKind.HOMEWORK, 60, "Czytanie lektury, Filip przeczytał dwa rozdziały sam."),
            new Afternoon(19, HelpKind.FREE_TIME, 180, "Basen i lody z Filipem i naszymi dziećmi."),
            new Afternoon(17, HelpKind.HOMEWORK, 90, "Lekcje i przygotowanie do sprawdzianu z przyrody."),
            new Afternoon(12, HelpKind.CHILDCARE, 150, "Odebrałam Filipa ze szkoły, Sylwia u lekarza."),
            new Afternoon(10, HelpKind.HOMEWORK, 90, "Lekcje: wypracowanie o zwierzętach, pomoc w planie."),
            new Afternoon(5, HelpKind.HOUSEHOLD, 90, "Pomoc Sylwii w rozliczeniu rachunków za prąd i gaz."),
            new Afternoon(3, HelpKind.HOMEWORK, 90, "Lekcje z Filipem, sprawdzian z przyrody na czwórkę."));

    private final SupportCommands support;
    private final CaseCommands cases;
    private final StoryDays days;

    DemoSupport(SupportCommands support, CaseCommands cases, MovableClock clock, LocalDate today) {
        this.support = support;
        this.cases = cases;
        this.days = new StoryDays(clock, today);
    }

    /** Tells this part of the story, day by day; returns the number of commands it took. */
    int seed() {
        LocalDate agreed = days.on(45);
        support.recordArrangement(KRAJEWSKI, HOUSEHOLD, "RW/1/" + agreed.getYear(), agreed,
                agreed.plusYears(1).minusDays(1), Set.of(CostKind.TRAVEL, CostKind.MEALS,
                        CostKind.LEARNING_MATERIALS, CostKind.LEISURE), new BigDecimal("400.00"), TOMASZ);
        days.step();

        LocalDate planned = days.on(40);
        cases.adoptWorkPlan(KRAJEWSKI, 1, "Wsparcie Sylwii w opiece nad Filipem w czasie kursu zawodowego; "
                + "regularna nauka Filipa.", List.of(
                new PlanAction(KRAJEWSKI.value() + "-rw1", "Odbieranie Filipa ze szkoły we wtorki i czwartki, "
                        + "pomoc w odrabianiu lekcji", NOWAKS, planned.plusDays(120),
                        "Filip odrabia lekcje regularnie, ocena co najmniej dostateczna z matematyki"),
                new PlanAction(KRAJEWSKI.value() + "-rw2", "Towarzyszenie Sylwii i Filipowi w wizytach w poradni "
                        + "psychologiczno-pedagogicznej", NOWAKS, planned.plusDays(60),
                        "Diagnoza poradni i zalecenia przekazane szkole"),
                new PlanAction(KRAJEWSKI.value() + "-a7", "Ukończenie kursu zawodowego w Powiatowym Urzędzie Pracy",
                        new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Sylwia Krajewska", null),
                        planned.plusDays(90), "Zaświadczenie o ukończeniu kursu")), ANNA);
        days.step();

        YearMonth lastMonth = YearMonth.from(days.today()).minusMonths(1);
        LocalDate firstOfMonth = days.today().withDayOfMonth(1);
        boolean claimed = false;
        for (Afternoon afternoon : AFTERNOONS) {
            if (!claimed && !days.today().minusDays(afternoon.daysAgo()).isBefore(firstOfMonth)) {
                claim(lastMonth);
                claimed = true;
            }
            LocalDate day = days.on(afternoon.daysAgo());
            support.logHelp(ARRANGEMENT, day, afternoon.minutes(), afternoon.kind(), afternoon.note(), BARBARA);
            days.step();
        }
        if (!claimed) {
            claim(lastMonth);
        }
        days.on(0);
        return days.steps();
    }

    /** Last month's costs, claimed on the first day of this month with a scan of the receipts. */
    private void claim(YearMonth lastMonth) {
        days.on(days.today().getDayOfMonth() - 1);
        String monthName = lastMonth.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.of("pl"));
        support.claim(ARRANGEMENT, lastMonth, List.of(
                        new ClaimLine(CostKind.TRAVEL, new BigDecimal("46.20")),
                        new ClaimLine(CostKind.MEALS, new BigDecimal("88.50")),
                        new ClaimLine(CostKind.LEARNING_MATERIALS, new BigDecimal("23.99"))),
                List.of(new UploadedFile("paragony-" + lastMonth + ".pdf", SimplePdf.withLines(receipts(lastMonth)))),
                "Koszty za " + monthName + ": bilety na dojazdy z Filipem, obiady, zeszyty ćwiczeń.", BARBARA);
        days.step();
    }

    private static List<String> receipts(YearMonth month) {
        List<String> lines = new ArrayList<>();
        lines.add("Zestawienie paragonow - " + month);
        lines.add("MZK Przykladowo, bilety 6 x 7,70 zl = 46,20 zl");
        lines.add("Bar Mleczny Smak, obiady = 88,50 zl");
        lines.add("Ksiegarnia Szkolna, cwiczenia = 23,99 zl");
        lines.add("Razem: 158,69 zl");
        return lines;
    }

}
