package pl.asysta.demo;

import static pl.asysta.demo.DemoGmina.ANNA;
import static pl.asysta.demo.DemoGmina.caseId;
import static pl.asysta.demo.DemoGmina.person;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.domain.ReferralId;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.sharing.domain.SharingLedgerId;
import pl.asysta.institutions.Institution;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;

/**
 * The institutions around the demo gmina's families and what passed between them and the centre, told after the
 * families' own story: two families let the school see their children's schooling, one lets the clinic see their
 * health, the interdisciplinary team works one family's Niebieska Karta and notes its meeting, and the assistant
 * has asked the school twice (one answer overdue) and the clinic once (answered).
 */
final class DemoAgencies {

    static final InstitutionId SCHOOL = new InstitutionId("szkola-podstawowa-1");
    static final InstitutionId CLINIC = new InstitutionId("przychodnia-zdrowie");
    static final InstitutionId TEAM = new InstitutionId("zespol-interdyscyplinarny");

    /** The gmina's institutions, the same as the demo accounts' and the example Keycloak realm's. */
    static final List<Institution> INSTITUTIONS = List.of(
            new Institution(DemoGmina.CENTRE, "Ośrodek Pomocy Społecznej w Przykładowie",
                    InstitutionKind.SOCIAL_WELFARE_CENTRE),
            new Institution(new InstitutionId("pcpr-powiat"), "Powiatowe Centrum Pomocy Rodzinie w Przykładowie",
                    InstitutionKind.FAMILY_SUPPORT_CENTRE),
            new Institution(TEAM, "Zespół Interdyscyplinarny Gminy Przykładowo",
                    InstitutionKind.INTERDISCIPLINARY_TEAM),
            new Institution(SCHOOL, "Szkoła Podstawowa nr 1 w Przykładowie", InstitutionKind.SCHOOL),
            new Institution(CLINIC, "Przychodnia „Zdrowie” w Przykładowie", InstitutionKind.HEALTH_SERVICE),
            new Institution(new InstitutionId("rodzina-wspierajaca-nowak"), "Rodzina wspierająca Nowakowie",
                    InstitutionKind.SUPPORTING_FAMILY),
            new Institution(new InstitutionId("sad-rejonowy"),
                    "Sąd Rejonowy w Przykładowie, III Wydział Rodzinny i Nieletnich", InstitutionKind.COURT));

    static final Actor MAGDALENA = person("szkola", "Magdalena Kamińska", Role.INSTITUTION_STAFF, SCHOOL);
    static final Actor JOANNA = person("przychodnia", "Joanna Kaczmarek", Role.INSTITUTION_STAFF, CLINIC);
    static final Actor PIOTR = person("zespol", "Piotr Wójcik", Role.TEAM_MEMBER, TEAM);

    static final CaseId NOWAK = caseId(1);
    static final CaseId KAMINSKI = caseId(2);
    static final CaseId WROBEL = caseId(4);
    static final CaseId DUDEK = caseId(10);

    /** The ledger written first; once it exists, this part of the story has been told. */
    static final SharingLedgerId FIRST_LEDGER = new SharingLedgerId(WROBEL);

    /** How long the team's note waits for the read side to know the team's grant (the policy reads it there). */
    private static final Duration GRANT_PROJECTED = Duration.ofSeconds(10);

    private final SharingCommands sharing;
    private final ReferralCommands referrals;
    private final CaseCommands cases;
    private final AccessPolicy policy;
    private final StoryDays days;

    DemoAgencies(SharingCommands sharing, ReferralCommands referrals, CaseCommands cases, AccessPolicy policy,
                 MovableClock clock, LocalDate today) {
        this.sharing = sharing;
        this.referrals = referrals;
        this.cases = cases;
        this.policy = policy;
        this.days = new StoryDays(clock, today);
    }

    /** Tells this part of the story, day by day; returns the number of commands it took. */
    int seed() {
        // Wróbel: the crisis intervention 150 days ago started the Niebieska Karta procedure.
        LocalDate crisis = days.on(150);
        sharing.grantAccess(WROBEL, TEAM, Set.of(DataCategory.BASIC, DataCategory.VIOLENCE, DataCategory.ASSESSMENT),
                "Procedura Niebieskiej Karty: diagnoza sytuacji rodziny i plan pomocy grupy "
                        + "diagnostyczno-pomocowej", GrantBasis.NIEBIESKA_KARTA,
                "Niebieska Karta A nr 14/" + crisis.getYear(), crisis.plusYears(1), ANNA);
        days.step();
        LocalDate meeting = days.on(148);
        awaitGrant(WROBEL, PIOTR, DataCategory.VIOLENCE);
        cases.recordObservation(WROBEL, ObservationKind.TEAM_MEETING, DataCategory.VIOLENCE, meeting,
                "Posiedzenie grupy diagnostyczno-pomocowej (asystent rodziny, pedagog szkolny, dzielnicowy, "
                        + "pracownik socjalny). Ustalono plan pomocy: dzielnicowy odwiedza rodzinę co dwa tygodnie, "
                        + "asystent dwa razy w tygodniu, pedagog szkolny codziennie rozmawia z dziećmi. Następne "
                        + "posiedzenie za miesiąc.", PIOTR);
        days.step();

        // The school: two families let it see their children's schooling.
        LocalDate schoolYear = days.on(100);
        for (CaseId family : List.of(NOWAK, KAMINSKI)) {
            sharing.recordConsent(family, family == NOWAK ? "Joanna Nowak" : "Paweł Kamiński", SCHOOL,
                    Set.of(DataCategory.EDUCATION, DataCategory.BASIC), "Współpraca szkoły z asystentem rodziny: "
                            + "frekwencja i postępy dzieci w nauce", schoolYear, schoolYear.plusYears(1),
                    "ZU/" + (family == NOWAK ? 1 : 2) + "/" + schoolYear.getYear(), ANNA);
            days.step();
        }

        // The clinic: the Dudek family lets it see the children's health.
        LocalDate clinicConsent = days.on(60);
        sharing.recordConsent(DUDEK, "Magdalena Dudek", CLINIC, Set.of(DataCategory.HEALTH, DataCategory.BASIC),
                "Bilanse zdrowia i szczepienia dzieci, wizyty położnej i pielęgniarki środowiskowej", clinicConsent,
                clinicConsent.plusYears(1), "ZU/10/" + clinicConsent.getYear(), ANNA);
        days.step();

        // Referrals: the clinic answered; the school owes one answer (overdue) and has a new question.
        LocalDate asked = days.on(30);
        ReferralId checkUp = referrals.refer(DUDEK, CLINIC, DataCategory.HEALTH, "Bilans zdrowia dzieci",
                "Czy Alicja i Franciszek mają aktualne bilanse zdrowia i szczepienia? Prosimy o zalecenia dla "
                        + "rodziny.", asked.plusDays(21), ANNA).id();
        days.step();
        days.on(28);
        referrals.accept(checkUp, JOANNA);
        days.step();

        LocalDate attendance = days.on(20);
        ReferralId overdue = referrals.refer(KAMINSKI, SCHOOL, DataCategory.EDUCATION, "Frekwencja i oceny Szymona",
                "Prosimy o zestawienie frekwencji i ocen Szymona z ostatnich dwóch miesięcy oraz o opinię "
                        + "wychowawcy.", attendance.plusDays(14), ANNA).id();
        days.step();
        days.on(18);
        referrals.accept(overdue, MAGDALENA);
        days.step();

        LocalDate answered = days.on(15);
        referrals.answer(checkUp, "Bilanse obojga dzieci wykonane, rozwój prawidłowy. Franciszek: uzupełniono "
                + "zaległe szczepienie, kolejne za trzy miesiące. Zalecamy wizytę u stomatologa (Alicja).", answered,
                JOANNA);
        days.step();

        LocalDate opinion = days.on(4);
        referrals.refer(NOWAK, SCHOOL, DataCategory.EDUCATION, "Opinia wychowawcy o Kacprze",
                "Jak wychowawczyni ocenia funkcjonowanie Kacpra w klasie po zmianach w domu? Czy szkoła widzi "
                        + "potrzebę konsultacji w poradni psychologiczno-pedagogicznej?", opinion.plusDays(14), ANNA);
        days.step();
        days.on(0);
        return days.steps();
    }

    /**
     * The grant is in the ledger at once, but whether someone may write into the case is decided on the read
     * model, which follows a moment later.
     */
    private void awaitGrant(CaseId caseId, Actor actor, DataCategory category) {
        long deadline = System.nanoTime() + GRANT_PROJECTED.toNanos();
        while (!policy.decide(caseId, actor).mayWrite(category)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The grant of " + caseId + " did not reach the read side in "
                        + GRANT_PROJECTED.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for a grant", interrupted);
            }
        }
    }
}
