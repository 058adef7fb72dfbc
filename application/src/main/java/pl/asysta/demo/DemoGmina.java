package pl.asysta.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static pl.asysta.demo.DemoFamily.child;
import static pl.asysta.demo.DemoFamily.family;
import static pl.asysta.demo.DemoFamily.father;
import static pl.asysta.demo.DemoFamily.mother;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.demo.StoryDays.Script;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The script of the demo gmina Przykładowo: twenty-six families and a year of their cases, told through
 * {@link CaseCommands} as the centre's staff would have entered it, each step on the day it happened. The people
 * are the portal's demo accounts (the UI's {@code DemoAccounts}), so signing in as {@code asystent} shows Anna
 * Kowalska's fourteen families. This is the cast and what happens to whom; how a family came to the centre is
 * told by {@link DemoIntake}, how its case went on by {@link DemoCaseStory}.
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

    private final CaseCommands commands;
    private final StoryDays days;

    DemoGmina(CaseCommands commands, MovableClock clock, LocalDate today) {
        this.commands = commands;
        this.days = new StoryDays(clock, today);
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
        return days.steps();
    }

    // ---------------------------------------------------------------- the stories

    private DemoCaseStory active(DemoFamily family, Actor assistant, int assignedDaysAgo, int... assessmentsDaysAgo) {
        return new DemoCaseStory(commands, days, family, assistant, assignedDaysAgo, assessmentsDaysAgo);
    }

    private void waiting(DemoFamily family, int registeredDaysAgo, boolean consentGiven) {
        CaseId caseId = caseId(family.number());
        DemoIntake intake = new DemoIntake(commands);
        Script script = days.script();
        intake.register(script, caseId, family, registeredDaysAgo);
        if (consentGiven) {
            intake.consent(script, caseId, family, registeredDaysAgo - 4);
        }
        script.run();
    }

    static CaseId caseId(int number) {
        return new CaseId(UUID.nameUUIDFromBytes(("asysta-demo-gmina/family/" + number).getBytes(UTF_8)).toString());
    }

    /** A demo account of the gmina with its one role. */
    static Actor person(String userId, String name, Role role, InstitutionId institution) {
        return new Actor(new UserId(userId), name, Set.of(role), institution);
    }
}
