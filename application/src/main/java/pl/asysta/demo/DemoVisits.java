package pl.asysta.demo;

import java.time.LocalDate;
import java.util.List;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

/**
 * What the assistants documented of their everyday work with a family: home visits, consultations with the school
 * and contacts with other institutions, each in its data category. The notes name the family's lead parent and
 * first child and take the Polish verb ending of the parent ({@code {a}}); families take turns through them, so
 * neighbouring families read differently on the same day.
 */
final class DemoVisits {

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

    private final CaseCommands commands;

    DemoVisits(CaseCommands commands) {
        this.commands = commands;
    }

    /** The family's {@code visit}-th piece of documented work, on the day, by its assistant. */
    void document(CaseId caseId, DemoFamily family, Actor assistant, int visit, LocalDate day) {
        Work work = WORK[(family.number() + visit) % WORK.length];
        commands.documentWork(caseId, work.kind(), day, work.minutes(),
                List.of(family.lead().fullName(), family.child().fullName()),
                work.notes().replace("{lead}", family.lead().name()).replace("{child}", family.child().firstName())
                        .replace("{a}", family.lead().female() ? "a" : ""), work.category(), assistant);
    }
}
