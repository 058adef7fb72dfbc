package pl.asysta.cases.access;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.institutions.Institution;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * A gmina's centre, its neighbour, and the agencies around a family, built through the facades exactly as their
 * staff would: every role of the access matrix ({@link Who}) and a few families ({@link Family}). The Nowaks'
 * case has every agency on it: the school holds an active consent grant, a second school a court-order grant
 * whose last day has passed, a third school a grant whose consent was withdrawn, a fourth school none (only a
 * referral); the clinic and the interdisciplinary team hold grants, the son is in foster care with a
 * coordinator; each of them has written on the case and the case team has referred it to them. The
 * Wójciks' case is built the same way, for the commands to change. Ids are unique to the world.
 */
public final class AgencyWorld {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** Everyone the access matrix asks about. */
    public enum Who {
        ASSIGNED_ASSISTANT,
        OTHER_ASSISTANT,
        CASE_SOCIAL_WORKER,
        OTHER_SOCIAL_WORKER,
        CENTRE_HEAD,
        OTHER_CENTRE_HEAD,
        CHILDS_COORDINATOR,
        OTHER_COORDINATOR,
        TEAM_MEMBER_WITH_GRANT,
        TEAM_MEMBER_WITHOUT_GRANT,
        SCHOOL_WITH_ACTIVE_GRANT,
        SCHOOL_WITH_EXPIRED_GRANT,
        SCHOOL_WITH_WITHDRAWN_CONSENT,
        SCHOOL_WITHOUT_GRANT,
        HEALTH_STAFF_WITH_GRANT,
        SUPPORTING_FAMILY,
        COURT_STAFF,
        AUDITOR,
        ADMINISTRATOR
    }

    public enum Family {
        /** The centre's case with every agency on it, read by the matrix and never changed by it. */
        NOWAKOWIE,
        /** The centre's case of the other assistant and the other social worker. */
        WISNIEWSCY,
        /** A case of the neighbouring centre. */
        ZIELINSCY,
        /** Registered by the case's social worker, waiting for the head to assign an assistant. */
        KOWALCZYKOWIE,
        /** Built like the Nowaks' case, for the commands of the matrix to change. */
        WOJCIKOWIE,
        /** Built like the Kowalczyks' case, for the head to assign. */
        KAMINSCY,
        /** No such case. */
        MISSING
    }

    public final String unique = "w" + System.nanoTime() + "-" + NEXT.incrementAndGet();

    private final Map<InstitutionId, InstitutionKind> kinds = new LinkedHashMap<>();

    public final InstitutionId centre = institution("ops", InstitutionKind.SOCIAL_WELFARE_CENTRE);
    public final InstitutionId otherCentre = institution("ops-sasiednie", InstitutionKind.SOCIAL_WELFARE_CENTRE);
    public final InstitutionId school = institution("sp-3", InstitutionKind.SCHOOL);
    public final InstitutionId schoolWithExpiredGrant = institution("sp-5", InstitutionKind.SCHOOL);
    public final InstitutionId schoolWithWithdrawnConsent = institution("sp-7", InstitutionKind.SCHOOL);
    public final InstitutionId schoolWithoutGrant = institution("sp-9", InstitutionKind.SCHOOL);
    public final InstitutionId clinic = institution("poz", InstitutionKind.HEALTH_SERVICE);
    public final InstitutionId team = institution("zi", InstitutionKind.INTERDISCIPLINARY_TEAM);
    public final InstitutionId otherTeam = institution("zi-sasiedni", InstitutionKind.INTERDISCIPLINARY_TEAM);
    public final InstitutionId pcpr = institution("pcpr", InstitutionKind.FAMILY_SUPPORT_CENTRE);
    public final InstitutionId court = institution("sr", InstitutionKind.COURT);
    public final InstitutionId household = institution("rw", InstitutionKind.SUPPORTING_FAMILY);
    /** Whom the commands of the matrix share with and refer to, so that nobody asked about gains access. */
    public final InstitutionId ngo = institution("ngo", InstitutionKind.NGO);

    public final Actor foreignSocialWorker = actor("sw-x", "Ewa Obca", Role.SOCIAL_WORKER, otherCentre);

    private final Map<Who, Actor> actors = new EnumMap<>(Who.class);
    private final Map<Family, CaseId> cases = new EnumMap<>(Family.class);
    private final AccessTest test;

    public AgencyWorld(AccessTest test) {
        this.test = test;
        actors.put(Who.ASSIGNED_ASSISTANT, actor("as", "Anna Asystentka", Role.FAMILY_ASSISTANT, centre));
        actors.put(Who.OTHER_ASSISTANT, actor("as2", "Marek Asystent", Role.FAMILY_ASSISTANT, centre));
        actors.put(Who.CASE_SOCIAL_WORKER, actor("sw", "Beata Socjalna", Role.SOCIAL_WORKER, centre));
        actors.put(Who.OTHER_SOCIAL_WORKER, actor("sw2", "Celina Koleżanka", Role.SOCIAL_WORKER, centre));
        actors.put(Who.CENTRE_HEAD, actor("head", "Halina Kierownik", Role.CENTRE_HEAD, centre));
        actors.put(Who.OTHER_CENTRE_HEAD, actor("head-x", "Olga Obca", Role.CENTRE_HEAD, otherCentre));
        actors.put(Who.CHILDS_COORDINATOR, actor("fcc", "Piotr Koordynator", Role.FOSTER_CARE_COORDINATOR, pcpr));
        actors.put(Who.OTHER_COORDINATOR, actor("fcc2", "Irena Koordynatorka", Role.FOSTER_CARE_COORDINATOR, pcpr));
        actors.put(Who.TEAM_MEMBER_WITH_GRANT, actor("zi", "Zenon Zespołowy", Role.TEAM_MEMBER, team));
        actors.put(Who.TEAM_MEMBER_WITHOUT_GRANT, actor("zi2", "Zofia Sąsiednia", Role.TEAM_MEMBER, otherTeam));
        actors.put(Who.SCHOOL_WITH_ACTIVE_GRANT, actor("sp3", "Tomasz Pedagog", Role.INSTITUTION_STAFF, school));
        actors.put(Who.SCHOOL_WITH_EXPIRED_GRANT,
                actor("sp5", "Ewa Pedagog", Role.INSTITUTION_STAFF, schoolWithExpiredGrant));
        actors.put(Who.SCHOOL_WITH_WITHDRAWN_CONSENT,
                actor("sp7", "Adam Pedagog", Role.INSTITUTION_STAFF, schoolWithWithdrawnConsent));
        actors.put(Who.SCHOOL_WITHOUT_GRANT, actor("sp9", "Jan Pedagog", Role.INSTITUTION_STAFF, schoolWithoutGrant));
        actors.put(Who.HEALTH_STAFF_WITH_GRANT, actor("poz", "Zofia Pielęgniarka", Role.INSTITUTION_STAFF, clinic));
        actors.put(Who.SUPPORTING_FAMILY, actor("rw", "Rodzina Malinowskich", Role.SUPPORTING_FAMILY, household));
        actors.put(Who.COURT_STAFF, actor("sr", "Sędzia Rodzinny", Role.COURT_STAFF, court));
        actors.put(Who.AUDITOR, actor("iod", "Inspektor Ochrony Danych", Role.AUDITOR, centre));
        actors.put(Who.ADMINISTRATOR, actor("admin", "Administrator", Role.ADMINISTRATOR, centre));
    }

    public Actor actor(Who who) {
        return actors.get(who);
    }

    public CaseId caseOf(Family family) {
        return cases.get(family);
    }

    /** The families the read matrix asks about, for filtering lists in a database shared with other tests. */
    public Set<CaseId> readFamilies() {
        return Set.of(caseOf(Family.NOWAKOWIE), caseOf(Family.WISNIEWSCY), caseOf(Family.ZIELINSCY),
                caseOf(Family.KOWALCZYKOWIE));
    }

    public String childOf(Family family) {
        return "child-" + family.name().toLowerCase() + "-" + unique;
    }

    // ---------------------------------------------------------------- building

    public void build() {
        kinds.forEach((id, kind) -> test.institutions.register(new Institution(id, id.value(), kind)));
        cases.put(Family.NOWAKOWIE, caseWithEveryAgency(Family.NOWAKOWIE, "Nowak"));
        cases.put(Family.WOJCIKOWIE, caseWithEveryAgency(Family.WOJCIKOWIE, "Wójcik"));
        cases.put(Family.WISNIEWSCY, assigned(awaitingAssignment(Family.WISNIEWSCY, "Wiśniewski",
                actor(Who.OTHER_SOCIAL_WORKER)), actor(Who.OTHER_ASSISTANT)));
        cases.put(Family.ZIELINSCY, register(Family.ZIELINSCY, "Zieliński", foreignSocialWorker));
        cases.put(Family.KOWALCZYKOWIE, awaitingAssignment(Family.KOWALCZYKOWIE, "Kowalczyk",
                actor(Who.CASE_SOCIAL_WORKER)));
        cases.put(Family.KAMINSCY, awaitingAssignment(Family.KAMINSCY, "Kamiński", actor(Who.CASE_SOCIAL_WORKER)));
        cases.put(Family.MISSING, new CaseId("missing-" + unique));
        test.awaitProjected();
    }

    private CaseId caseWithEveryAgency(Family family, String surname) {
        LocalDate today = test.today();
        Actor assistant = actor(Who.ASSIGNED_ASSISTANT);
        Actor socialWorker = actor(Who.CASE_SOCIAL_WORKER);
        Actor head = actor(Who.CENTRE_HEAD);
        CaseId caseId = assigned(awaitingAssignment(family, surname, socialWorker), assistant);
        test.commands.adoptWorkPlan(caseId, 0, "Regularna nauka i opieka zdrowotna syna", List.of(new PlanAction(null,
                "Zapisać syna do poradni", new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Anna " + surname, null),
                today.plusDays(2), "Syn pod opieką poradni")), assistant);
        test.commands.documentWork(caseId, WorkKind.HOME_VISIT, today.minusDays(3), 60, List.of("Anna", "Kacper"),
                "Wizyta domowa: rozmowa o organizacji dnia.", DataCategory.VISITS, assistant);
        test.commands.recordAssessment(caseId, today.minusDays(1), "Sytuacja stabilna", "Widoczne postępy", true,
                assistant);
        test.commands.recordCourtOrder(caseId, "Sąd Rejonowy w Przykładowie", "III Nsm 1/26", today.minusDays(5),
                head);
        test.commands.recordFosterCarePlacement(caseId, childOf(family), today.minusDays(2), "Rodzina zastępcza",
                actor(Who.CHILDS_COORDINATOR).userId(), actor(Who.CHILDS_COORDINATOR).displayName(), "PPD/1/26",
                assistant);

        test.sharing.recordConsent(caseId, "Anna " + surname, school, Set.of(DataCategory.BASIC,
                        DataCategory.EDUCATION), "Wsparcie syna w nauce", today.minusDays(1), today.plusYears(1),
                "ZG/SP3/" + surname, assistant);
        test.sharing.recordConsent(caseId, "Anna " + surname, clinic, Set.of(DataCategory.HEALTH),
                "Opieka pielęgniarki środowiskowej", today, today.plusYears(1), "ZG/POZ/" + surname, socialWorker);
        test.sharing.grantAccess(caseId, team, Set.of(DataCategory.VIOLENCE), "Procedura Niebieskiej Karty",
                GrantBasis.NIEBIESKA_KARTA, "NK/1/2026", today.plusYears(1), socialWorker);
        ConsentId withdrawn = test.sharing.recordConsent(caseId, "Anna " + surname, schoolWithWithdrawnConsent,
                Set.of(DataCategory.EDUCATION), "Zajęcia wyrównawcze", today, today.plusYears(1),
                "ZG/SP7/" + surname, assistant).id();
        test.sharing.withdrawConsent(caseId, withdrawn, today, "Matka wycofała zgodę", assistant);
        test.clock.moveDays(-10);
        try {
            test.sharing.grantAccess(caseId, schoolWithExpiredGrant, Set.of(DataCategory.EDUCATION),
                    "Nadzór kuratora nad nauką", GrantBasis.COURT_ORDER, "III Nsm 2/26", today.minusDays(9), head);
        } finally {
            test.clock.backToToday();
        }
        test.awaitProjected();

        test.commands.recordObservation(caseId, ObservationKind.OBSERVATION, DataCategory.EDUCATION, today,
                "Frekwencja 80%, brak zadań domowych.", actor(Who.SCHOOL_WITH_ACTIVE_GRANT));
        test.commands.recordObservation(caseId, ObservationKind.OBSERVATION, DataCategory.HEALTH, today,
                "Bilans sześciolatka zaległy.", actor(Who.HEALTH_STAFF_WITH_GRANT));
        test.commands.recordObservation(caseId, ObservationKind.TEAM_MEETING, DataCategory.VIOLENCE, today,
                "Posiedzenie grupy diagnostyczno-pomocowej.", actor(Who.TEAM_MEMBER_WITH_GRANT));
        test.commands.consultFosterCareCoordinator(caseId, childOf(family), "Kontakty z matką co tydzień.",
                actor(Who.CHILDS_COORDINATOR));

        test.referrals.refer(caseId, school, DataCategory.EDUCATION, "Ocena sytuacji szkolnej",
                "Jak syn radzi sobie w nauce?", today.plusDays(2), assistant);
        test.referrals.refer(caseId, clinic, DataCategory.HEALTH, "Stan zdrowia", "Czy bilans został wykonany?",
                today.plusDays(14), assistant);
        test.referrals.refer(caseId, team, DataCategory.VIOLENCE, "Procedura", "Czy grupa zebrała się?",
                today.plusDays(14), socialWorker);
        test.referrals.refer(caseId, schoolWithoutGrant, DataCategory.EDUCATION, "Poprzednia szkoła",
                "Jak wyglądała frekwencja w zeszłym roku?", today.plusDays(14), assistant);
        return caseId;
    }

    private CaseId register(Family family, String surname, Actor socialWorker) {
        return test.commands.registerFamily(familyName(family) + " " + unique, List.of(
                        new FamilyMember("parent-" + family.name().toLowerCase() + "-" + unique, "Anna", surname,
                                Kinship.PARENT, LocalDate.of(1988, 4, 2)),
                        new FamilyMember(childOf(family), "Kacper", surname, Kinship.CHILD, LocalDate.of(2016, 9, 1))),
                new Address("ul. Lipowa 3", "00-001", "Przykładowo"), new Contact("600 100 200", null), socialWorker).id();
    }

    /** The family's name as the centre writes it, e.g. Nowakowie. */
    public static String familyName(Family family) {
        String name = family.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private CaseId awaitingAssignment(Family family, String surname, Actor socialWorker) {
        LocalDate today = test.today();
        CaseId caseId = register(family, surname, socialWorker);
        test.commands.recordInterview(caseId, today.minusDays(10), "Trudności wychowawcze.", List.of("wychowawcze"),
                socialWorker);
        test.commands.requestAssistant(caseId, "Rodzina potrzebuje wsparcia asystenta.", socialWorker);
        test.commands.recordConsent(caseId, "Anna " + surname, today.minusDays(9), "ZG/1/" + surname, socialWorker);
        return caseId;
    }

    private CaseId assigned(CaseId caseId, Actor assistant) {
        test.commands.assignAssistant(caseId, assistant.userId(), assistant.displayName(), test.today().minusDays(8),
                actor(Who.CENTRE_HEAD));
        return caseId;
    }

    private InstitutionId institution(String name, InstitutionKind kind) {
        InstitutionId id = new InstitutionId(name + "-" + unique);
        kinds.put(id, kind);
        return id;
    }

    private Actor actor(String name, String displayName, Role role, InstitutionId institution) {
        return new Actor(new UserId(name + "-" + unique), displayName, Set.of(role), institution);
    }
}
