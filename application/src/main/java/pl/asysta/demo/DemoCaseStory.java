package pl.asysta.demo;

import static pl.asysta.demo.DemoGmina.EWA;
import static pl.asysta.demo.DemoGmina.KATARZYNA;
import static pl.asysta.demo.DemoGmina.TOMASZ;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.demo.StoryDays.Script;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

/**
 * One family's case from intake to today, told in the order things happened: the assistant assigned by the
 * head, the work plan and its follow-up, periodic assessments and documented visits, and the turns that make a
 * case different from the others (a crisis, foster care, "Za życiem", a revised plan, the closure, monitoring,
 * a reopening), each added by name before {@link #run()} tells the whole.
 */
final class DemoCaseStory {

    private static final ActionOwner SCHOOL = new ActionOwner(ActionOwner.Kind.INSTITUTION,
            "Szkoła Podstawowa nr 1", "szkola-podstawowa-1");
    private static final ActionOwner CLINIC = new ActionOwner(ActionOwner.Kind.INSTITUTION,
            "Przychodnia Zdrowie", "przychodnia-zdrowie");

    private final CaseCommands commands;
    private final DemoIntake intake;
    private final DemoVisits visits;
    private final CaseId caseId;
    private final DemoFamily family;
    private final Actor assistant;
    private final int assigned;
    private final int[] assessments;
    private final Script script;
    private int workEndsDaysAgo = 3;
    private boolean courtOrdered;

    DemoCaseStory(CaseCommands commands, StoryDays days, DemoFamily family, Actor assistant, int assigned,
                  int[] assessments) {
        this.commands = commands;
        this.intake = new DemoIntake(commands);
        this.visits = new DemoVisits(commands);
        this.caseId = DemoGmina.caseId(family.number());
        this.family = family;
        this.assistant = assistant;
        this.assigned = assigned;
        this.assessments = assessments;
        this.script = days.script();
    }

    DemoCaseStory byCourtOrder() {
        courtOrdered = true;
        return this;
    }

    DemoCaseStory zaZyciem() {
        script.at(assigned + 15, day -> commands.startZaZyciemSupport(caseId, ZaZyciemGround.PREGNANCY,
                KATARZYNA));
        script.at(assigned - 10, day -> commands.drawUpSupportCatalogue(caseId, List.of(
                new SupportItem("Opieka ginekologiczna i szkoła rodzenia", "Przychodnia Zdrowie"),
                new SupportItem("Jednorazowe świadczenie z tytułu urodzenia dziecka", "Ośrodek Pomocy Społecznej"),
                new SupportItem("Wyprawka dla noworodka i pomoc w urządzeniu kącika dziecka",
                        "Ośrodek Pomocy Społecznej"),
                new SupportItem("Konsultacje położnej środowiskowej po porodzie", "Przychodnia Zdrowie")),
                assistant));
        return this;
    }

    /** A second plan version; its new consultation at the counselling centre falls due 24 days later. */
    DemoCaseStory revisedPlanOn(int daysAgo) {
        script.at(daysAgo, day -> commands.adoptWorkPlan(caseId, 1, "Utrwalenie zmian: samodzielne "
                + "prowadzenie budżetu i regularna nauka dzieci.", List.of(
                rent(day),
                new PlanAction(actionId(5), "Udział w warsztatach umiejętności rodzicielskich w OPS",
                        family.leadOwner(), day.plusDays(60),
                        "Ukończone warsztaty, stosowanie ustalonych zasad w domu"),
                new PlanAction(actionId(6), "Konsultacja w poradni psychologiczno-pedagogicznej ("
                        + family.child().firstName() + ")", family.leadOwner(), day.plusDays(24),
                        "Diagnoza i zalecenia poradni przekazane szkole")), assistant));
        script.at(daysAgo - 4, day -> commands.consultPlan(caseId, 2, "Zgoda na aktualizację planu; "
                + "warsztaty rodzicielskie rozpoczynają się w przyszłym miesiącu.", KATARZYNA));
        finishLater(daysAgo - 70, day -> commands.completeAction(caseId, actionId(5),
                "Warsztaty ukończone z zaświadczeniem, obecność na 9 z 10 spotkań.", assistant));
        finishLater(daysAgo - 22, day -> commands.completeAction(caseId, actionId(6),
                "Opinia poradni wydana, zalecenia przekazane wychowawczyni.", assistant));
        return this;
    }

    DemoCaseStory crisisOn(int daysAgo) {
        script.at(daysAgo, day -> commands.documentWork(caseId, WorkKind.CRISIS_INTERVENTION, day, 180,
                List.of(family.lead().fullName(), family.child().fullName(), "pedagog szkolny"),
                "Interwencja kryzysowa po zgłoszeniu ze Szkoły Podstawowej nr 1: u dziecka ("
                        + family.child().firstName() + ") zauważono zasinienie na ramieniu. Rozmowa z rodzicem i "
                        + "z dzieckiem w obecności pedagoga. Dzieci bezpieczne, pozostają pod opieką babci do "
                        + "czasu wyjaśnienia sytuacji. Powiadomiono zespół interdyscyplinarny, wszczęto procedurę "
                        + "Niebieskiej Karty.", DataCategory.VIOLENCE, assistant));
        script.at(daysAgo - 2, day -> commands.documentWork(caseId, WorkKind.INSTITUTION_CONTACT, day, 60,
                List.of("zespół interdyscyplinarny"), "Posiedzenie grupy diagnostyczno-pomocowej: ustalono "
                        + "plan pomocy, dzielnicowy odwiedzi rodzinę, asystent zwiększa częstotliwość wizyt do "
                        + "dwóch w tygodniu.", DataCategory.VIOLENCE, assistant));
        return this;
    }

    DemoCaseStory fosterCarePlacementOn(int daysAgo) {
        script.at(daysAgo, day -> commands.recordFosterCarePlacement(caseId, family.child().memberId(), day,
                "Zawodowa rodzina zastępcza w Przykładowie", EWA.userId(), EWA.displayName(),
                "PPD/3/" + day.getYear(), assistant));
        script.at(daysAgo - 30, day -> commands.consultFosterCareCoordinator(caseId, family.child().memberId(),
                "Plan pomocy dziecku uzgodniony z planem pracy z rodziną; kontakty z matką co tydzień w "
                        + "siedzibie PCPR, cel: powrót dziecka do domu w ciągu roku.", EWA));
        script.at(daysAgo - 35, day -> commands.consultFosterCareCoordinator(caseId, family.child().memberId(),
                "Ustalenia z koordynatorką: matka regularnie uczestniczy w kontaktach, asystent wspiera "
                        + "przygotowanie mieszkania na powrót dziecka.", assistant));
        return this;
    }

    DemoCaseStory closedOn(int daysAgo, int monitoringMonths) {
        workEndsDaysAgo = daysAgo + 5;
        script.at(daysAgo, day -> commands.close(caseId, ClosureReason.GOALS_ACHIEVED, "Cele planu pracy "
                + "osiągnięte: zaległości spłacone, dzieci regularnie uczęszczają do szkoły, rodzina "
                + "samodzielnie prowadzi budżet.", day, monitoringMonths, assistant));
        return this;
    }

    DemoCaseStory consentWithdrawnOn(int daysAgo) {
        workEndsDaysAgo = daysAgo + 5;
        script.at(daysAgo, day -> commands.withdrawConsent(caseId, day, "Rodzina pisemnie zrezygnowała ze "
                + "współpracy z asystentem, nie widzi potrzeby dalszego wsparcia.", 3, assistant));
        return this;
    }

    DemoCaseStory monitoredOn(int... daysAgo) {
        for (int entry : daysAgo) {
            script.at(entry, day -> commands.recordMonitoringEntry(caseId, day, "Rozmowa telefoniczna i "
                    + "krótka wizyta: sytuacja stabilna, brak nowych zaległości, dzieci chodzą do szkoły.",
                    assistant));
        }
        return this;
    }

    DemoCaseStory monitoringEndedOn(int daysAgo, MonitoringOutcome outcome) {
        script.at(daysAgo, day -> commands.endMonitoring(caseId, outcome,
                outcome == MonitoringOutcome.SITUATION_STABLE ? "Rodzina funkcjonuje samodzielnie."
                        : "Sygnały ze szkoły o nawrocie nieobecności; wskazane ponowne wsparcie.", assistant));
        return this;
    }

    DemoCaseStory reopenedOn(int daysAgo) {
        script.at(daysAgo, day -> commands.reopen(caseId, "Ponowne zgłoszenie ze szkoły: nieobecności i "
                + "zaniedbania w nauce, matka prosi o pomoc.", KATARZYNA));
        script.at(daysAgo - 2, day -> commands.requestAssistant(caseId, "Nawrót trudności po zakończeniu "
                + "monitorowania; rodzina prosi o ponowne wsparcie asystenta.", KATARZYNA));
        return this;
    }

    /** A step of the plan's follow-up, if its day falls while the assistant still works with the family. */
    private void finishLater(int daysAgo, Consumer<LocalDate> step) {
        if (daysAgo > workEndsDaysAgo) {
            script.at(daysAgo, step);
        }
    }

    void run() {
        int registered = assigned + 30;
        intake.register(script, caseId, family, registered);
        if (courtOrdered) {
            intake.courtOrder(script, caseId, family, assigned + 10);
        } else {
            intake.consent(script, caseId, family, registered - 5);
        }
        script.at(assigned, day -> commands.assignAssistant(caseId, assistant.userId(), assistant.displayName(),
                day, TOMASZ));
        int planned = Math.max(assigned - 14, 1);
        script.at(planned, day -> commands.adoptWorkPlan(caseId, 0, "Poprawa funkcjonowania "
                + "opiekuńczo-wychowawczego i stabilizacja sytuacji materialnej rodziny.", firstPlan(day),
                assistant));
        script.at(Math.max(planned - 3, 0), day -> commands.consultPlan(caseId, 1, "Plan zgodny z ustaleniami "
                + "wywiadu; proponuję dodatkowo kontakt z poradnią psychologiczno-pedagogiczną.", KATARZYNA));
        finishLater(planned - 40, day -> commands.noteActionProgress(caseId, actionId(1), "Spłacono dwie "
                + "pierwsze raty według ugody; " + family.lead().name() + " pilnuje terminów.", assistant));
        finishLater(planned - 45, day -> commands.completeAction(caseId, actionId(4), "Bilans wykonany, "
                + "szczepienia dzieci uzupełnione.", assistant));
        finishLater(planned - 95, day -> commands.completeAction(caseId, actionId(1), "Zaległość spłacona w "
                + "połowie, bieżące opłaty regulowane w terminie.", assistant));
        finishLater(planned - 100, day -> commands.noteActionProgress(caseId, actionId(2), "Wychowawczyni: "
                + "frekwencja powyżej 90%, poprawa z matematyki.", assistant));
        finishLater(planned - 125, day -> commands.completeAction(caseId, actionId(2), "Ocena dostateczna "
                + "na semestr, frekwencja 93%.", assistant));
        finishLater(planned - 185, day -> commands.completeAction(caseId, actionId(3), "Rodzina od trzech "
                + "miesięcy samodzielnie planuje wydatki.", assistant));
        for (int assessed : assessments) {
            script.at(assessed, day -> commands.recordAssessment(caseId, day, "Sytuacja rodziny "
                    + "stabilniejsza: opłaty regulowane na bieżąco, dzieci uczęszczają do szkoły. Utrzymują się "
                    + "trudności w konsekwentnym stawianiu granic.", "Zrealizowano część działań planu; "
                    + "spłacono ok. 40% zaległości, poprawa frekwencji dzieci.", true, assistant));
        }
        int visit = 0;
        for (int daysAgo = assigned - 5; daysAgo >= workEndsDaysAgo; daysAgo -= 23) {
            int nth = visit++;
            script.at(daysAgo, day -> visits.document(caseId, family, assistant, nth, day));
        }
        script.run();
    }

    private List<PlanAction> firstPlan(LocalDate day) {
        FamilyMember child = family.child();
        PlanAction learning = child.ageOn(day) >= 7
                ? new PlanAction(actionId(2), "Zajęcia wyrównawcze i stały kontakt wychowawcy z asystentem ("
                        + child.firstName() + ")", SCHOOL, day.plusDays(120),
                        "Frekwencja powyżej 90%, co najmniej ocena dostateczna z matematyki")
                : new PlanAction(actionId(2), "Zapisanie dziecka (" + child.firstName() + ") do przedszkola "
                        + "i regularne przyprowadzanie", family.leadOwner(), day.plusDays(120),
                        "Dziecko uczęszcza do przedszkola co najmniej 4 dni w tygodniu");
        return List.of(rent(day), learning,
                new PlanAction(actionId(3), "Cotygodniowe spotkania: planowanie budżetu i rozkładu dnia dzieci",
                        new ActionOwner(ActionOwner.Kind.ASSISTANT, assistant.displayName(),
                                assistant.userId().value()), day.plusDays(180),
                        "Rodzina samodzielnie prowadzi budżet domowy"),
                new PlanAction(actionId(4), "Bilans zdrowia i uzupełnienie szczepień dzieci", CLINIC,
                        day.plusDays(60), "Aktualna karta szczepień"));
    }

    private PlanAction rent(LocalDate day) {
        return new PlanAction(actionId(1), "Terminowe opłacanie czynszu i spłata zaległości według ugody "
                + "z zarządcą", family.leadOwner(), day.plusDays(90),
                "Brak nowych zaległości, spłacona połowa długu");
    }

    private String actionId(int action) {
        return caseId.value() + "-a" + action;
    }
}
