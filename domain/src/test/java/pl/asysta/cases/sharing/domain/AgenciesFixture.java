package pl.asysta.cases.sharing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The agencies around one family of the specification's examples: its centre's staff, a school, a health
 * service, the interdisciplinary team, the PCPR, a court, and the people who work in them.
 */
public final class AgenciesFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final CaseId CASE = new CaseId("case-1");

    public static final InstitutionId OPS = new InstitutionId("ops-przykladowo");
    public static final InstitutionId OTHER_OPS = new InstitutionId("ops-sasiednie");
    public static final InstitutionId SCHOOL = new InstitutionId("sp-3-przykladowo");
    public static final InstitutionId OTHER_SCHOOL = new InstitutionId("sp-7-przykladowo");
    public static final InstitutionId CLINIC = new InstitutionId("poz-przykladowo");
    public static final InstitutionId TEAM = new InstitutionId("zi-przykladowo");
    public static final InstitutionId PCPR = new InstitutionId("pcpr-powiat");
    public static final InstitutionId COURT = new InstitutionId("sr-rodzinny");

    public static final Actor ASSISTANT = actor("asystent", "Anna Kowalska", Role.FAMILY_ASSISTANT, OPS);
    public static final Actor OTHER_ASSISTANT = actor("asystent2", "Marek Wiśniewski", Role.FAMILY_ASSISTANT, OPS);
    public static final Actor SOCIAL_WORKER = actor("pracownik", "Katarzyna Zielińska", Role.SOCIAL_WORKER, OPS);
    public static final Actor OTHER_SOCIAL_WORKER = actor("pracownik2", "Jolanta Nowicka", Role.SOCIAL_WORKER, OPS);
    public static final Actor HEAD = actor("kierownik", "Tomasz Lewandowski", Role.CENTRE_HEAD, OPS);
    public static final Actor OTHER_CENTRE_HEAD = actor("kierownik-x", "Olga Obca", Role.CENTRE_HEAD, OTHER_OPS);
    public static final Actor TEACHER = actor("pedagog", "Tomasz Nauczyciel", Role.INSTITUTION_STAFF, SCHOOL);
    public static final Actor OTHER_TEACHER = actor("pedagog2", "Iwona Inna", Role.INSTITUTION_STAFF, OTHER_SCHOOL);
    public static final Actor NURSE = actor("pielegniarka", "Zofia Zdrowa", Role.INSTITUTION_STAFF, CLINIC);
    public static final Actor TEAM_MEMBER = actor("zespol", "Piotr Zespołowy", Role.TEAM_MEMBER, TEAM);
    public static final Actor COORDINATOR = actor("koordynator", "Ewa Dąbrowska", Role.FOSTER_CARE_COORDINATOR, PCPR);
    public static final Actor OTHER_COORDINATOR =
            actor("koordynator2", "Ilona Druga", Role.FOSTER_CARE_COORDINATOR, PCPR);
    public static final Actor SUPPORTING_FAMILY =
            actor("wspierajaca", "Rodzina Malinowskich", Role.SUPPORTING_FAMILY, new InstitutionId("rw-malinowscy"));
    public static final Actor COURT_STAFF = actor("sad", "Sędzia Rodzinny", Role.COURT_STAFF, COURT);
    public static final Actor AUDITOR = actor("iod", "Inspektor Danych", Role.AUDITOR, OPS);
    public static final Actor ADMINISTRATOR = actor("admin", "Admin Systemu", Role.ADMINISTRATOR, OPS);

    private AgenciesFixture() {
    }

    public static Actor actor(String id, String name, Role role, InstitutionId institution) {
        return new Actor(new UserId(id), name, Set.of(role), institution);
    }

    public static Actor actor(String id, InstitutionId institution, Role... roles) {
        return new Actor(new UserId(id), id, Set.of(roles), institution);
    }

    /** The call is refused with exactly this translation key. */
    public static void refused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(messageKey));
    }

    /** The state after these events, in order. */
    public static SharingLedger ledgerAfter(List<? extends SharingLedgerEvent> events) {
        SharingLedger ledger = SharingLedger.empty();
        events.forEach(ledger::apply);
        return ledger;
    }
}
