package pl.asysta.demo;

import static pl.asysta.demo.DemoGmina.KATARZYNA;

import java.util.List;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.demo.StoryDays.Script;
import pl.asysta.shared.CaseId;

/**
 * How each demo family came to the centre, as Katarzyna Zielińska, the social worker, entered it: the
 * registration, the environmental interview with what it found, the request for an assistant, then the family's
 * written consent or the court's order to work with an assistant.
 */
final class DemoIntake {

    private static final String COURT = "Sąd Rejonowy w Przykładowie, III Wydział Rodzinny i Nieletnich";

    private static final List<String> FINDINGS = List.of(
            "Rodzina utrzymuje się z zasiłków i prac dorywczych. Zaległości czynszowe ok. 4 000 zł. Dzieci zadbane, "
                    + "ale brak stałego rytmu dnia; szkoła sygnalizuje nieobecności.",
            "Mieszkanie dwupokojowe, ciasne i zawilgocone. Rodzic przeciążony opieką nad dziećmi, brak wsparcia "
                    + "dalszej rodziny, trudności w egzekwowaniu zasad.",
            "Konflikty między dorosłymi członkami rodziny, w przeszłości interwencja policji. Dzieci wycofane, "
                    + "obniżone wyniki w nauce.",
            "Rodzina po utracie pracy przez jedynego żywiciela. Brak umiejętności planowania budżetu, zadłużenie "
                    + "w firmie pożyczkowej, zaległe opłaty za energię.");

    private static final List<List<String>> DIFFICULTIES = List.of(
            List.of("bezradność w sprawach opiekuńczo-wychowawczych", "ubóstwo"),
            List.of("trudności w prowadzeniu gospodarstwa domowego", "bezradność w sprawach "
                    + "opiekuńczo-wychowawczych"),
            List.of("przemoc w rodzinie", "bezradność w sprawach opiekuńczo-wychowawczych"),
            List.of("bezrobocie", "zadłużenie"));

    private final CaseCommands commands;

    DemoIntake(CaseCommands commands) {
        this.commands = commands;
    }

    /** Registered so many days ago; interviewed two days later and an assistant requested the day after. */
    void register(Script script, CaseId caseId, DemoFamily family, int registeredDaysAgo) {
        script.at(registeredDaysAgo, day -> commands.registerFamily(caseId, family.name(), family.members(),
                new Address(family.street(), "99-100", "Przykładowo"), new Contact(family.phone(), null), KATARZYNA));
        script.at(registeredDaysAgo - 2, day -> commands.recordInterview(caseId, day,
                FINDINGS.get(family.number() % FINDINGS.size()),
                DIFFICULTIES.get(family.number() % DIFFICULTIES.size()), KATARZYNA));
        script.at(registeredDaysAgo - 3, day -> commands.requestAssistant(caseId, "Rodzina wymaga wsparcia "
                + "asystenta w sprawach opiekuńczo-wychowawczych i w prowadzeniu gospodarstwa domowego; "
                + family.lead().name() + " deklaruje gotowość współpracy.", KATARZYNA));
    }

    /** The lead parent's written consent to work with an assistant, with the form's reference. */
    void consent(Script script, CaseId caseId, DemoFamily family, int daysAgo) {
        script.at(daysAgo, day -> commands.recordConsent(caseId, family.lead().fullName(), day,
                "ZG/" + family.number() + "/" + day.getYear(), KATARZYNA));
    }

    /** The family court's order to work with an assistant, in place of the family's consent. */
    void courtOrder(Script script, CaseId caseId, DemoFamily family, int daysAgo) {
        script.at(daysAgo, day -> commands.recordCourtOrder(caseId, COURT,
                "III Nsm " + (100 + family.number()) + "/" + (day.getYear() % 100), day, KATARZYNA));
    }
}
