package pl.asysta.cases.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.Journey;
import pl.asysta.cases.familycase.People;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * A family of the test centre that an assistant works with, a supporting-family household (and a second one that
 * supports nobody here), and the arrangement the head recorded between them two months ago: travel and meals up
 * to 300 zł a month. The plan gives the household one action and the school another. Ids are unique to the story,
 * so stories sharing a database never meet.
 */
final class SupportStory {

    static final BigDecimal LIMIT = new BigDecimal("300.00");

    final String unique = "s" + System.nanoTime();
    final InstitutionId household = new InstitutionId("rw-" + unique);
    final InstitutionId otherHousehold = new InstitutionId("rw-inna-" + unique);
    final Actor assistant = People.assistant("asystent-" + unique);
    final Actor barbara = new Actor(new UserId("rodzina-" + unique), "Barbara Nowak", Set.of(Role.SUPPORTING_FAMILY),
            household);
    final Actor otherFamily = new Actor(new UserId("inna-rodzina-" + unique), "Irena Malinowska",
            Set.of(Role.SUPPORTING_FAMILY), otherHousehold);
    final Actor head = People.HEAD;
    final LocalDate today;
    final LocalDate startsOn;
    final YearMonth lastMonth;
    final CaseId caseId;
    final SupportArrangementId arrangementId;

    SupportStory(CaseCommands commands, SupportCommands support, InstitutionRegister institutions, LocalDate today) {
        this.today = today;
        this.startsOn = today.minusMonths(2).withDayOfMonth(1);
        this.lastMonth = YearMonth.from(today).minusMonths(1);
        institutions.register(new Institution(household, "Rodzina wspierająca Nowakowie " + unique,
                InstitutionKind.SUPPORTING_FAMILY));
        institutions.register(new Institution(otherHousehold, "Rodzina wspierająca Malinowscy " + unique,
                InstitutionKind.SUPPORTING_FAMILY));
        caseId = new Journey(commands, today).assignedTo(assistant, "Krajewscy " + unique);
        commands.adoptWorkPlan(caseId, 0, "Wsparcie w opiece nad Olą", List.of(
                new PlanAction(null, "Odbieranie Oli ze szkoły we wtorki i czwartki",
                        new ActionOwner(ActionOwner.Kind.INSTITUTION, "Rodzina wspierająca Nowakowie",
                                household.value()), today.plusDays(60), "Ola bezpiecznie wraca do domu"),
                new PlanAction(null, "Zajęcia wyrównawcze z matematyki",
                        new ActionOwner(ActionOwner.Kind.INSTITUTION, "Szkoła Podstawowa nr 1", "szkola-" + unique),
                        today.plusDays(90), "Ocena dostateczna na semestr")), assistant);
        arrangementId = support.recordArrangement(caseId, household, "RW/7/" + unique, startsOn,
                today.plusMonths(10), Set.of(CostKind.TRAVEL, CostKind.MEALS), LIMIT, head).id();
    }

    static ClaimLine line(CostKind kind, String amount) {
        return new ClaimLine(kind, new BigDecimal(amount));
    }
}
