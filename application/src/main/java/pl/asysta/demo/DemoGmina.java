package pl.asysta.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The script of the demo gmina Przykładowo: twenty-six families and a year of their cases, told through
 * {@link CaseCommands} as the centre's staff would have entered it, each step on the day it happened. The people
 * are the portal's demo accounts (the UI's {@code DemoAccounts}), so signing in as {@code asystent} shows Anna
 * Kowalska's fourteen families.
 *
 * <p>What it leaves behind: Anna Kowalska one family below the cap of fifteen, Marek Wiśniewski with five;
 * four overdue and a few soon-due periodic assessments; four families waiting for an assistant (one of them a
 * reopened case); a court-ordered family; a child in foster care with the PCPR coordinator consulted; a
 * "Za życiem" pregnancy with its support catalogue; four closures, two still monitored, one whose monitoring
 * ended, one reopened.
 */
final class DemoGmina {

    static final InstitutionId CENTRE = new InstitutionId("ops-przykladowo");
    static final Actor ANNA = person("asystent", "Anna Kowalska", Role.FAMILY_ASSISTANT, CENTRE);
    static final Actor MAREK = person("asystent2", "Marek Wiśniewski", Role.FAMILY_ASSISTANT, CENTRE);
    static final Actor KATARZYNA = person("pracownik", "Katarzyna Zielińska", Role.SOCIAL_WORKER, CENTRE);
    static final Actor TOMASZ = person("kierownik", "Tomasz Lewandowski", Role.CENTRE_HEAD, CENTRE);
    static final Actor EWA = person("koordynator", "Ewa Dąbrowska", Role.FOSTER_CARE_COORDINATOR,
            new InstitutionId("pcpr-powiat"));

    /** The first family's case; once it exists, the gmina has been seeded. */
    static final CaseId FIRST_CASE = caseId(1);

    static final int FAMILIES = 26;

    private static final ActionOwner SCHOOL = new ActionOwner(ActionOwner.Kind.INSTITUTION,
            "Szkoła Podstawowa nr 1", "szkola-podstawowa-1");
    private static final ActionOwner CLINIC = new ActionOwner(ActionOwner.Kind.INSTITUTION,
            "Przychodnia Zdrowie", "przychodnia-zdrowie");
    private static final String COURT = "Sąd Rejonowy w Przykładowie, III Wydział Rodzinny i Nieletnich";

    private final CaseCommands commands;
    private final MovableClock clock;
    private final LocalDate today;
    private int steps;

    DemoGmina(CaseCommands commands, MovableClock clock, LocalDate today) {
        this.commands = commands;
        this.clock = clock;
        this.today = today;
    }

    /** Tells the whole story; returns the number of commands it took. */
    int seed() {
        // Anna Kowalska: fourteen families, one below the cap.
        active(family(1, "Nowak", "ul. Lipowa 7 m. 3", mother("Joanna", "Nowak", 1988),
                child("Kacper", "Nowak", 2014), child("Lena", "Nowak", 2018)), ANNA, 330, 160)
                .revisedPlanOn(150).run();
        active(family(2, "Kamiński", "ul. Kościuszki 12", father("Paweł", "Kamiński", 1983),
                mother("Monika", "Kamińska", 1986), child("Szymon", "Kamiński", 2011),
                child("Zuzanna", "Kamińska", 2016)), ANNA, 300, 120).run();
        active(family(3, "Zając", "ul. Polna 4", mother("Dorota", "Zając", 1990), child("Bartosz", "Zając", 2012),
                child("Wiktoria", "Zając", 2015)), ANNA, 280, 100).fosterCarePlacementOn(60).run();
        active(family(4, "Wróbel", "ul. Ogrodowa 21", father("Tomasz", "Wróbel", 1979),
                mother("Agnieszka", "Wróbel", 1981), child("Igor", "Wróbel", 2009), child("Maja", "Wróbel", 2013),
                child("Oskar", "Wróbel", 2019)), ANNA, 365, 185, 10).crisisOn(150).revisedPlanOn(20).run();
        active(family(5, "Krajewski", "os. Młodych 3 m. 15", mother("Sylwia", "Krajewska", 1992),
                child("Filip", "Krajewski", 2017)), ANNA, 240).run();
        active(family(6, "Michalak", "ul. Kolejowa 8", mother("Renata", "Michalak", 1985),
                child("Dawid", "Michalak", 2010), child("Natalia", "Michalak", 2012)), ANNA, 350, 200).run();
        active(family(7, "Górski", "ul. Słoneczna 17", father("Marcin", "Górski", 1987),
                mother("Ewelina", "Górska", 1989), child("Antoni", "Górski", 2015), child("Hanna", "Górska", 2020)),
                ANNA, 160).run();
        active(family(8, "Jabłoński", "ul. Szkolna 2 m. 6", mother("Beata", "Jabłońska", 1984),
                child("Kamil", "Jabłoński", 2008), child("Oliwia", "Jabłońska", 2014)), ANNA, 320, 140).run();
        active(family(9, "Adamczyk", "ul. Długa 33", father("Krzysztof", "Adamczyk", 1980),
                child("Patrycja", "Adamczyk", 2011)), ANNA, 210).crisisOn(120).run();
        active(family(10, "Dudek", "ul. Leśna 9", mother("Magdalena", "Dudek", 1995), child("Alicja", "Dudek", 2021),
                child("Franciszek", "Dudek", 2023)), ANNA, 90).run();
        active(family(11, "Wieczorek", "ul. Mickiewicza 40 m. 2", father("Grzegorz", "Wieczorek", 1982),
                mother("Iwona", "Wieczorek", 1984), child("Mateusz", "Wieczorek", 2010),
                child("Julia", "Wieczorek", 2014)), ANNA, 260, 80).run();
        active(family(12, "Król", "ul. Krótka 5", mother("Anna", "Król", 1991), child("Jakub", "Król", 2013),
                child("Amelia", "Król", 2017)), ANNA, 60).run();
        active(family(13, "Wasilewski", "ul. Wiejska 11", father("Robert", "Wasilewski", 1986),
                mother("Karolina", "Wasilewska", 1988), child("Nikola", "Wasilewska", 2016)), ANNA, 190).run();
        active(family(14, "Baran", "ul. Parkowa 6", mother("Edyta", "Baran", 1983), child("Michał", "Baran", 2009),
                child("Zofia", "Baran", 2012), child("Tymon", "Baran", 2018)), ANNA, 30).run();

        // Marek Wiśniewski: five families, one by court order, one "Za życiem".
        active(family(15, "Sikora", "ul. Zielona 14", father("Łukasz", "Sikora", 1985),
                mother("Justyna", "Sikora", 1987), child("Mikołaj", "Sikora", 2012), child("Laura", "Sikora", 2016)),
                MAREK, 190, 15).byCourtOrder().run();
        active(family(16, "Pawlak", "ul. Spacerowa 2", mother("Klaudia", "Pawlak", 2002),
                father("Damian", "Pawlak", 2000), child("Nela", "Pawlak", 2023)), MAREK, 80).zaZyciem().run();
        active(family(17, "Szewczyk", "ul. Ogrodowa 3", mother("Marta", "Szewczyk", 1989),
                child("Borys", "Szewczyk", 2015)), MAREK, 170).run();
        active(family(18, "Ostrowski", "ul. Kościuszki 44 m. 9", father("Artur", "Ostrowski", 1978),
                mother("Danuta", "Ostrowska", 1980), child("Wojciech", "Ostrowski", 2008)), MAREK, 280, 95).run();
        active(family(19, "Tomaszewski", "ul. Polna 18", mother("Ilona", "Tomaszewska", 1993),
                child("Kornelia", "Tomaszewska", 2016), child("Adam", "Tomaszewski", 2019)), MAREK, 45).run();

        // Closures: two still monitored, one whose monitoring ended, one reopened.
        active(family(20, "Pietrzak", "ul. Lipowa 15", mother("Halina", "Pietrzak", 1987),
                child("Dominik", "Pietrzak", 2011)), ANNA, 330, 150)
                .closedOn(60, 6).monitoredOn(20).run();
        active(family(21, "Marciniak", "ul. Kolejowa 1", father("Sebastian", "Marciniak", 1990),
                mother("Paulina", "Marciniak", 1992), child("Olaf", "Marciniak", 2018)), MAREK, 150)
                .consentWithdrawnOn(40).run();
        active(family(22, "Kubiak", "ul. Szkolna 10", mother("Elżbieta", "Kubiak", 1982),
                child("Patryk", "Kubiak", 2007), child("Weronika", "Kubiak", 2010)), ANNA, 400, 220)
                .closedOn(200, 3).monitoredOn(170, 130).monitoringEndedOn(105, MonitoringOutcome.SITUATION_STABLE)
                .run();
        active(family(23, "Czarnecki", "ul. Długa 7", mother("Jolanta", "Czarnecka", 1986),
                child("Wiktor", "Czarnecki", 2012)), MAREK, 420, 260)
                .closedOn(250, 3).monitoredOn(200).monitoringEndedOn(158, MonitoringOutcome.NEEDS_RENEWED_SUPPORT)
                .reopenedOn(20).run();

        // Waiting for the head's decision.
        waiting(family(24, "Lis", "ul. Leśna 22", mother("Aleksandra", "Lis", 1994), child("Antonina", "Lis", 2019)),
                20, true);
        waiting(family(25, "Kowalczyk", "ul. Mickiewicza 8", father("Rafał", "Kowalczyk", 1981),
                mother("Sandra", "Kowalczyk", 1983), child("Gabriel", "Kowalczyk", 2010),
                child("Lena", "Kowalczyk", 2014)), 12, true);
        waiting(family(26, "Sadowski", "ul. Wiejska 30", mother("Bożena", "Sadowska", 1979),
                child("Krystian", "Sadowski", 2009)), 6, false);
        return steps;
    }

    // ---------------------------------------------------------------- the stories

    private CaseStory active(Family family, Actor assistant, int assignedDaysAgo, int... assessmentsDaysAgo) {
        return new CaseStory(caseId(family.number()), family, assistant, assignedDaysAgo, assessmentsDaysAgo);
    }

    private void waiting(Family family, int registeredDaysAgo, boolean consentGiven) {
        CaseId caseId = caseId(family.number());
        Script script = new Script();
        intake(script, caseId, family, registeredDaysAgo);
        if (consentGiven) {
            consent(script, caseId, family, registeredDaysAgo - 4);
        }
        script.run();
    }

    private void intake(Script script, CaseId caseId, Family family, int registeredDaysAgo) {
        script.at(registeredDaysAgo, day -> commands.registerFamily(caseId, family.name(), family.members(),
                new Address(family.street(), "99-100", "Przykładowo"), new Contact(family.phone(), null), KATARZYNA));
        script.at(registeredDaysAgo - 2, day -> commands.recordInterview(caseId, day, finding(family),
                difficulties(family), KATARZYNA));
        script.at(registeredDaysAgo - 3, day -> commands.requestAssistant(caseId, "Rodzina wymaga wsparcia "
                + "asystenta w sprawach opiekuńczo-wychowawczych i w prowadzeniu gospodarstwa domowego; "
                + family.lead().name() + " deklaruje gotowość współpracy.", KATARZYNA));
    }

    private void consent(Script script, CaseId caseId, Family family, int daysAgo) {
        script.at(daysAgo, day -> commands.recordConsent(caseId, family.lead().fullName(), day,
                "ZG/" + family.number() + "/" + day.getYear(), KATARZYNA));
    }

    /** One family's case from intake to today, told in the order things happened. */
    private final class CaseStory {

        private final CaseId caseId;
        private final Family family;
        private final Actor assistant;
        private final int assigned;
        private final int[] assessments;
        private final Script script = new Script();
        private int workEndsDaysAgo = 3;
        private boolean courtOrdered;

        CaseStory(CaseId caseId, Family family, Actor assistant, int assigned, int[] assessments) {
            this.caseId = caseId;
            this.family = family;
            this.assistant = assistant;
            this.assigned = assigned;
            this.assessments = assessments;
        }

        CaseStory byCourtOrder() {
            courtOrdered = true;
            return this;
        }

        CaseStory zaZyciem() {
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
        CaseStory revisedPlanOn(int daysAgo) {
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

        CaseStory crisisOn(int daysAgo) {
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

        CaseStory fosterCarePlacementOn(int daysAgo) {
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

        CaseStory closedOn(int daysAgo, int monitoringMonths) {
            workEndsDaysAgo = daysAgo + 5;
            script.at(daysAgo, day -> commands.close(caseId, ClosureReason.GOALS_ACHIEVED, "Cele planu pracy "
                    + "osiągnięte: zaległości spłacone, dzieci regularnie uczęszczają do szkoły, rodzina "
                    + "samodzielnie prowadzi budżet.", day, monitoringMonths, assistant));
            return this;
        }

        CaseStory consentWithdrawnOn(int daysAgo) {
            workEndsDaysAgo = daysAgo + 5;
            script.at(daysAgo, day -> commands.withdrawConsent(caseId, day, "Rodzina pisemnie zrezygnowała ze "
                    + "współpracy z asystentem, nie widzi potrzeby dalszego wsparcia.", 3, assistant));
            return this;
        }

        CaseStory monitoredOn(int... daysAgo) {
            for (int entry : daysAgo) {
                script.at(entry, day -> commands.recordMonitoringEntry(caseId, day, "Rozmowa telefoniczna i "
                        + "krótka wizyta: sytuacja stabilna, brak nowych zaległości, dzieci chodzą do szkoły.",
                        assistant));
            }
            return this;
        }

        CaseStory monitoringEndedOn(int daysAgo, MonitoringOutcome outcome) {
            script.at(daysAgo, day -> commands.endMonitoring(caseId, outcome,
                    outcome == MonitoringOutcome.SITUATION_STABLE ? "Rodzina funkcjonuje samodzielnie."
                            : "Sygnały ze szkoły o nawrocie nieobecności; wskazane ponowne wsparcie.", assistant));
            return this;
        }

        CaseStory reopenedOn(int daysAgo) {
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
            intake(script, caseId, family, registered);
            if (courtOrdered) {
                script.at(assigned + 10, day -> commands.recordCourtOrder(caseId, COURT,
                        "III Nsm " + (100 + family.number()) + "/" + (day.getYear() % 100), day, KATARZYNA));
            } else {
                consent(script, caseId, family, registered - 5);
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
                int kind = (family.number() + visit++) % WORK.length;
                script.at(daysAgo, day -> document(kind, day));
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

        private void document(int kind, LocalDate day) {
            Work work = WORK[kind];
            commands.documentWork(caseId, work.kind(), day, work.minutes(),
                    List.of(family.lead().fullName(), family.child().fullName()),
                    work.notes().replace("{lead}", family.lead().name()).replace("{child}", family.child().firstName())
                            .replace("{a}", family.lead().female() ? "a" : ""), work.category(), assistant);
        }
    }

    private record Work(WorkKind kind, int minutes, DataCategory category, String notes) {
    }

    private static final Work[] WORK = {
        new Work(WorkKind.HOME_VISIT, 90, DataCategory.VISITS, "Wizyta domowa. {lead} zaplanował{a} z asystentem "
                + "budżet na najbliższy tydzień i listę zakupów. W mieszkaniu porządek, dzieci zadbane i po obiedzie."),
        new Work(WorkKind.CONSULTATION, 45, DataCategory.EDUCATION, "Konsultacja z wychowawczynią w Szkole "
                + "Podstawowej nr 1. {child} – frekwencja w ostatnim miesiącu 94%, zaległości z matematyki; szkoła "
                + "proponuje zajęcia wyrównawcze we wtorki i czwartki."),
        new Work(WorkKind.HOME_VISIT, 120, DataCategory.VISITS, "Wizyta domowa. Rozmowa o zasadach w domu i "
                + "konsekwencji w wychowaniu; ustalono stałą godzinę odrabiania lekcji i powrotu dzieci do domu. "
                + "{lead} chętnie uczestniczył{a} w rozmowie."),
        new Work(WorkKind.INSTITUTION_CONTACT, 30, DataCategory.HEALTH, "Kontakt z Przychodnią Zdrowie: umówiono "
                + "bilans zdrowia i zaległe szczepienia dzieci; pielęgniarka środowiskowa odwiedzi rodzinę w "
                + "przyszłym tygodniu."),
        new Work(WorkKind.HOME_VISIT, 90, DataCategory.VISITS, "Wizyta domowa. Pomoc w wypełnieniu wniosku o "
                + "dodatek mieszkaniowy i zasiłek rodzinny; wniosek zostanie złożony osobiście w urzędzie gminy."),
        new Work(WorkKind.HOME_VISIT, 60, DataCategory.VISITS, "Wizyta domowa. {lead} zgłasza zmęczenie i "
                + "problemy ze snem; zaproponowano konsultację w poradni zdrowia psychicznego, przekazano numer "
                + "telefonu. Dzieci w dobrym kontakcie z asystentem."),
        new Work(WorkKind.INSTITUTION_CONTACT, 40, DataCategory.FINANCE, "Kontakt z Powiatowym Urzędem Pracy: "
                + "{lead} zarejestrował{a} się jako osoba bezrobotna i otrzymał{a} skierowanie na kurs zawodowy."),
        new Work(WorkKind.HOME_VISIT, 90, DataCategory.VISITS, "Wizyta domowa. Spłacono kolejną ratę zaległości "
                + "czynszowej zgodnie z ugodą; omówiono oszczędzanie na zimowe ubrania dla dzieci."),
        new Work(WorkKind.CONSULTATION, 45, DataCategory.EDUCATION, "Spotkanie z pedagogiem szkolnym: szkoła "
                + "będzie informować asystenta o każdej nieusprawiedliwionej nieobecności. {child} – poprawa "
                + "zachowania na przerwach, udział w kółku plastycznym."),
    };

    private static String finding(Family family) {
        String[] findings = {
            "Rodzina utrzymuje się z zasiłków i prac dorywczych. Zaległości czynszowe ok. 4 000 zł. Dzieci zadbane, "
                    + "ale brak stałego rytmu dnia; szkoła sygnalizuje nieobecności.",
            "Mieszkanie dwupokojowe, ciasne i zawilgocone. Rodzic przeciążony opieką nad dziećmi, brak wsparcia "
                    + "dalszej rodziny, trudności w egzekwowaniu zasad.",
            "Konflikty między dorosłymi członkami rodziny, w przeszłości interwencja policji. Dzieci wycofane, "
                    + "obniżone wyniki w nauce.",
            "Rodzina po utracie pracy przez jedynego żywiciela. Brak umiejętności planowania budżetu, zadłużenie "
                    + "w firmie pożyczkowej, zaległe opłaty za energię.",
        };
        return findings[family.number() % findings.length];
    }

    private static List<String> difficulties(Family family) {
        List<List<String>> difficulties = List.of(
                List.of("bezradność w sprawach opiekuńczo-wychowawczych", "ubóstwo"),
                List.of("trudności w prowadzeniu gospodarstwa domowego", "bezradność w sprawach "
                        + "opiekuńczo-wychowawczych"),
                List.of("przemoc w rodzinie", "bezradność w sprawach opiekuńczo-wychowawczych"),
                List.of("bezrobocie", "zadłużenie"));
        return difficulties.get(family.number() % difficulties.size());
    }

    // ---------------------------------------------------------------- the script's mechanics

    /** Steps of one case, run in the order of the days they happened on, each on its own day. */
    private final class Script {

        private record Step(int daysAgo, int order, Consumer<LocalDate> action) {
        }

        private final List<Step> steps = new ArrayList<>();

        void at(int daysAgo, Consumer<LocalDate> action) {
            steps.add(new Step(daysAgo, steps.size(), action));
        }

        void run() {
            steps.sort(Comparator.comparingInt(Step::daysAgo).reversed().thenComparingInt(Step::order));
            for (Step step : steps) {
                LocalDate day = today.minusDays(step.daysAgo());
                clock.moveTo(day);
                step.action().accept(day);
                DemoGmina.this.steps++;
            }
        }
    }

    private record Person(String name, String lastName, int born, Kinship kinship, boolean female) {

        String fullName() {
            return name + " " + lastName;
        }
    }

    private record Family(int number, String name, String street, List<Person> people) {

        Person lead() {
            return people.getFirst();
        }

        Person firstChild() {
            return people.stream().filter(person -> person.kinship() == Kinship.CHILD).findFirst()
                    .orElse(people.getLast());
        }

        String phone() {
            return "600 4%02d %03d".formatted(number, 100 + number * 7);
        }

        ActionOwner leadOwner() {
            return new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, lead().fullName(), null);
        }

        FamilyMember child() {
            Person child = firstChild();
            return new FamilyMember(memberId(people.indexOf(child)), child.name(), child.lastName(), child.kinship(),
                    LocalDate.of(child.born(), 1 + (number * 5 + child.born()) % 12, 1 + (number * 3) % 28));
        }

        List<FamilyMember> members() {
            List<FamilyMember> members = new ArrayList<>();
            for (int index = 0; index < people.size(); index++) {
                Person person = people.get(index);
                members.add(new FamilyMember(memberId(index), person.name(), person.lastName(), person.kinship(),
                        LocalDate.of(person.born(), 1 + (number * 5 + person.born()) % 12, 1 + (number * 3) % 28)));
            }
            return members;
        }

        private String memberId(int index) {
            return caseId(number).value() + "-m" + index;
        }
    }

    private static Family family(int number, String name, String street, Person... people) {
        return new Family(number, name, street, List.of(people));
    }

    private static Person mother(String name, String lastName, int born) {
        return new Person(name, lastName, born, Kinship.PARENT, true);
    }

    private static Person father(String name, String lastName, int born) {
        return new Person(name, lastName, born, Kinship.PARENT, false);
    }

    private static Person child(String name, String lastName, int born) {
        return new Person(name, lastName, born, Kinship.CHILD, name.endsWith("a"));
    }

    static CaseId caseId(int number) {
        return new CaseId(UUID.nameUUIDFromBytes(("asysta-demo-gmina/family/" + number).getBytes(UTF_8)).toString());
    }

    private static Actor person(String userId, String name, Role role, InstitutionId institution) {
        return new Actor(new UserId(userId), name, Set.of(role), institution);
    }
}
