package pl.asysta.start;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.referral.domain.ReferralId;
import pl.asysta.cases.referral.domain.ReferralStatus;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.eventstore.CommandSender;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.security.demo.DemoAccounts;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The institutions around the test families, and what the case team shares with them and asks them, set up
 * through the real facades. The test portal has no demo gmina, so the fixture registers the institutions of the
 * demo accounts itself (an upsert, harmless to repeat). Every step waits until the read side shows it.
 */
@Component
class AgencyFixture {

    static final InstitutionId SCHOOL = new InstitutionId("szkola-podstawowa-1");
    static final InstitutionId CLINIC = new InstitutionId("przychodnia-zdrowie");
    static final InstitutionId TEAM = new InstitutionId("zespol-interdyscyplinarny");

    static final Actor SCHOOL_STAFF = DemoAccounts.find("szkola").orElseThrow().actor();
    static final Actor CLINIC_STAFF = DemoAccounts.find("przychodnia").orElseThrow().actor();
    static final Actor TEAM_MEMBER = DemoAccounts.find("zespol").orElseThrow().actor();
    /** The school's pedagogue, who works through the same inbox as the demo school account. */
    static final Actor SCHOOL_COLLEAGUE = new Actor(new UserId("pedagog-szkolny"), "Ewa Pedagogiczna",
            Set.of(Role.INSTITUTION_STAFF), SCHOOL);

    private static final Duration READ_SIDE = Duration.ofSeconds(10);

    private final SharingCommands sharing;
    private final ReferralCommands referrals;
    private final ReferralQueries referralQueries;
    private final AccessPolicy policy;
    private final CommandSender commandSender;
    private final InstitutionRegister register;
    private final Clock clock;

    AgencyFixture(SharingCommands sharing, ReferralCommands referrals, ReferralQueries referralQueries,
                  AccessPolicy policy, CommandSender commandSender, InstitutionRegister register, Clock clock) {
        this.sharing = sharing;
        this.referrals = referrals;
        this.referralQueries = referralQueries;
        this.policy = policy;
        this.commandSender = commandSender;
        this.register = register;
        this.clock = clock;
        register.register(new Institution(new InstitutionId("ops-przykladowo"),
                "Ośrodek Pomocy Społecznej w Przykładowie", InstitutionKind.SOCIAL_WELFARE_CENTRE));
        register.register(new Institution(SCHOOL, "Szkoła Podstawowa nr 1 w Przykładowie", InstitutionKind.SCHOOL));
        register.register(new Institution(CLINIC, "Przychodnia „Zdrowie” w Przykładowie",
                InstitutionKind.HEALTH_SERVICE));
        register.register(new Institution(TEAM, "Zespół Interdyscyplinarny Gminy Przykładowo",
                InstitutionKind.INTERDISCIPLINARY_TEAM));
    }

    /** A parent consents to the institution seeing the case in the categories; recorded by the case team. */
    void consent(CaseId caseId, InstitutionId institution, Set<DataCategory> categories, Actor caseTeam,
                 Actor institutionStaff) {
        sharing.recordConsent(caseId, "Jan Kowalski", institution, categories, "Współpraca z asystentem rodziny",
                CaseFixture.today(), CaseFixture.today().plusMonths(6), "ZU/" + caseId.value().substring(0, 4),
                caseTeam);
        await().atMost(READ_SIDE).until(() -> policy.decide(caseId, institutionStaff).seesCase());
    }

    /** The interdisciplinary team may see the case under the Niebieska Karta procedure. */
    void niebieskaKarta(CaseId caseId, Actor caseTeam) {
        sharing.grantAccess(caseId, TEAM, Set.of(DataCategory.BASIC, DataCategory.VIOLENCE, DataCategory.ASSESSMENT),
                "Procedura Niebieskiej Karty", GrantBasis.NIEBIESKA_KARTA, "Niebieska Karta A nr 3/2026",
                CaseFixture.today().plusMonths(6), caseTeam);
        await().atMost(READ_SIDE).until(() -> policy.decide(caseId, TEAM_MEMBER).seesCase());
    }

    /** The case team asks the institution a question, to be answered by the deadline. */
    ReferralId refer(CaseId caseId, InstitutionId institution, String purpose, LocalDate deadline, Actor caseTeam) {
        return settled(referrals.refer(caseId, institution, DataCategory.EDUCATION, purpose,
                "Jak dziecko radzi sobie w szkole?", deadline, caseTeam).id(), caseTeam);
    }

    /**
     * A referral whose deadline passed {@code daysOverdue} days ago. A deadline must lie ahead when the
     * referral is sent, so it is sent as if a fortnight earlier.
     */
    ReferralId referOverdue(CaseId caseId, InstitutionId institution, String purpose, int daysOverdue,
                            Actor caseTeam) {
        Clock fortnightAgo = Clock.offset(clock, Duration.ofDays(-14));
        ReferralCommands earlier = new ReferralCommands(commandSender, register, policy, fortnightAgo);
        return settled(earlier.refer(caseId, institution, DataCategory.EDUCATION, purpose,
                "Prosimy o informację o frekwencji dziecka.", CaseFixture.today().minusDays(daysOverdue),
                caseTeam).id(), caseTeam);
    }

    /** The institution accepts the referral, as its staff member. */
    void accept(ReferralId referralId, Actor staff) {
        referrals.accept(referralId, staff);
        await().atMost(READ_SIDE).until(() -> referralQueries.status(referralId, staff)
                .filter(ReferralStatus.ACCEPTED::equals).isPresent());
    }

    private ReferralId settled(ReferralId referralId, Actor caseTeam) {
        await().atMost(READ_SIDE).until(() -> referralQueries.status(referralId, caseTeam).isPresent());
        return referralId;
    }
}
