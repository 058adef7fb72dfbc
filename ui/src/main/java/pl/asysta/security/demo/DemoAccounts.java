package pl.asysta.security.demo;

import java.util.List;
import java.util.Optional;

import pl.asysta.shared.Role;

/**
 * The demo gmina's people, one list for the sign-in, the sign-in page's hint and {@code DEMO-ACCOUNTS.md}.
 * They all share one published password, kept here only as a BCrypt hash.
 */
public final class DemoAccounts {

    /** The published demo password; documented, and only ever accepted on a demo installation. */
    public static final String PASSWORD = "demo";

    /** BCrypt (strength 10) of {@link #PASSWORD}, in the delegating encoder's {@code {id}hash} form. */
    static final String PASSWORD_HASH = "{bcrypt}$2a$10$bfZ5Fx74ulqJDk2D48.ej.AceA2op1pwkfzEEeQ3Nuhs1pZW9di6C";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("asystent", "Anna Kowalska", Role.FAMILY_ASSISTANT, "ops-przykladowo"),
            new DemoAccount("asystent2", "Marek Wiśniewski", Role.FAMILY_ASSISTANT, "ops-przykladowo"),
            new DemoAccount("pracownik", "Katarzyna Zielińska", Role.SOCIAL_WORKER, "ops-przykladowo"),
            new DemoAccount("kierownik", "Tomasz Lewandowski", Role.CENTRE_HEAD, "ops-przykladowo"),
            new DemoAccount("koordynator", "Ewa Dąbrowska", Role.FOSTER_CARE_COORDINATOR, "pcpr-powiat"),
            new DemoAccount("zespol", "Piotr Wójcik", Role.TEAM_MEMBER, "zespol-interdyscyplinarny"),
            new DemoAccount("szkola", "Magdalena Kamińska", Role.INSTITUTION_STAFF, "szkola-podstawowa-1"),
            new DemoAccount("przychodnia", "Joanna Kaczmarek", Role.INSTITUTION_STAFF, "przychodnia-zdrowie"),
            new DemoAccount("rodzina", "Barbara Nowak", Role.SUPPORTING_FAMILY, "rodzina-wspierajaca-nowak"),
            new DemoAccount("sad", "Agnieszka Mazur", Role.COURT_STAFF, "sad-rejonowy"),
            new DemoAccount("audytor", "Robert Szymański", Role.AUDITOR, "ops-przykladowo"),
            new DemoAccount("admin", "Paweł Woźniak", Role.ADMINISTRATOR, "ops-przykladowo"));

    private DemoAccounts() {
    }

    public static Optional<DemoAccount> find(String username) {
        return ALL.stream().filter(account -> account.username().equals(username)).findFirst();
    }
}
