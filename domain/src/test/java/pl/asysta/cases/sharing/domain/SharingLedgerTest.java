package pl.asysta.cases.sharing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.sharing.domain.AgenciesFixture.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import pl.asysta.cases.sharing.domain.SharingLedgerEvent.AccessGranted;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent.AccessRevoked;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent.SharingConsentRecorded;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent.SharingConsentWithdrawn;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;

/** The consent ledger of a case: consents to share, the grants they give and the grants on other bases. */
class SharingLedgerTest {

    static final Set<DataCategory> SCHOOL_DATA = Set.of(DataCategory.BASIC, DataCategory.EDUCATION);
    static final LocalDate END_OF_SCHOOL_YEAR = LocalDate.of(2027, 6, 30);

    final SharingLedger ledger = SharingLedger.empty();

    // ---------------------------------------------------------------- consents

    @Test
    void a_recorded_consent_gives_the_named_institution_exactly_one_grant_for_its_categories_and_period() {
        List<SharingLedgerEvent> events = consentToSchool(ledger, "c-1", "g-1");

        assertThat(events).hasSize(2);
        SharingConsentRecorded consent = (SharingConsentRecorded) events.get(0);
        assertThat(consent.consentId()).isEqualTo(new ConsentId("c-1"));
        assertThat(consent.person()).isEqualTo("Agnieszka Nowak");
        assertThat(consent.institution()).isEqualTo(SCHOOL);
        assertThat(consent.categories()).isEqualTo(SCHOOL_DATA);
        assertThat(consent.formReference()).isEqualTo("ZGODA/7/2026");
        assertThat(consent.recordedBy().role()).isEqualTo(Role.FAMILY_ASSISTANT);
        AccessGranted grant = (AccessGranted) events.get(1);
        assertThat(grant.grantId()).isEqualTo(new GrantId("g-1"));
        assertThat(grant.basis()).isEqualTo(GrantBasis.FAMILY_CONSENT);
        assertThat(grant.consentId()).isEqualTo(new ConsentId("c-1"));
        assertThat(grant.institution()).isEqualTo(SCHOOL);
        assertThat(grant.categories()).isEqualTo(SCHOOL_DATA);
        assertThat(grant.purpose()).isEqualTo("Wsparcie w nauce syna");
        assertThat(grant.validFrom()).isEqualTo(TODAY.minusDays(2));
        assertThat(grant.validUntil()).isEqualTo(END_OF_SCHOOL_YEAR);
        assertThat(grant.caseId()).isEqualTo(CASE);
    }

    @Test
    void the_same_consent_cannot_be_recorded_twice() {
        consentToSchool(ledger, "c-1", "g-1").forEach(ledger::apply);

        refused(() -> consentToSchool(ledger, "c-1", "g-2"), "sharing.consent-already-recorded");
    }

    @Test
    void a_consent_is_not_needed_to_share_with_a_court() {
        refused(() -> ledger.recordConsent(CASE, new ConsentId("c-1"), new GrantId("g-1"), "Agnieszka Nowak", COURT,
                InstitutionKind.COURT, Set.of(DataCategory.COURT), "Opinia", TODAY, END_OF_SCHOOL_YEAR, "ZG/1",
                ASSISTANT, TODAY), "sharing.court-needs-no-consent");
    }

    @Test
    void a_consent_given_tomorrow_is_refused() {
        refused(() -> ledger.recordConsent(CASE, new ConsentId("c-1"), new GrantId("g-1"), "Agnieszka Nowak", SCHOOL,
                InstitutionKind.SCHOOL, SCHOOL_DATA, "Nauka", TODAY.plusDays(1), END_OF_SCHOOL_YEAR, "ZG/1",
                ASSISTANT, TODAY), "case.date-in-future");
    }

    @Test
    void a_consent_names_the_person_and_the_paper_form() {
        refused(() -> ledger.recordConsent(CASE, new ConsentId("c-1"), new GrantId("g-1"), " ", SCHOOL,
                InstitutionKind.SCHOOL, SCHOOL_DATA, "Nauka", TODAY, END_OF_SCHOOL_YEAR, "ZG/1", ASSISTANT, TODAY),
                "case.field-required");
        refused(() -> ledger.recordConsent(CASE, new ConsentId("c-1"), new GrantId("g-1"), "Agnieszka Nowak", SCHOOL,
                InstitutionKind.SCHOOL, SCHOOL_DATA, "Nauka", TODAY, END_OF_SCHOOL_YEAR, null, ASSISTANT, TODAY),
                "case.field-required");
    }

    // ---------------------------------------------------------------- grants on a court order or a statute

    @Test
    void a_court_order_grants_access_from_today_without_a_consent() {
        List<SharingLedgerEvent> events = ledger.grant(CASE, new GrantId("g-court"), SCHOOL, InstitutionKind.SCHOOL,
                Set.of(DataCategory.EDUCATION), "Nadzór kuratora", GrantBasis.COURT_ORDER, "III Nsm 12/26",
                END_OF_SCHOOL_YEAR, HEAD, TODAY);

        assertThat(events).singleElement().isInstanceOfSatisfying(AccessGranted.class, grant -> {
            assertThat(grant.basis()).isEqualTo(GrantBasis.COURT_ORDER);
            assertThat(grant.basisReference()).isEqualTo("III Nsm 12/26");
            assertThat(grant.consentId()).isNull();
            assertThat(grant.validFrom()).isEqualTo(TODAY);
            assertThat(grant.recordedBy().role()).isEqualTo(Role.CENTRE_HEAD);
        });
    }

    @Test
    void the_niebieska_karta_procedure_grants_access_to_the_interdisciplinary_team_only() {
        assertThat(statuteGrant(GrantBasis.NIEBIESKA_KARTA, TEAM, InstitutionKind.INTERDISCIPLINARY_TEAM))
                .singleElement().isInstanceOf(AccessGranted.class);
        for (InstitutionKind kind : EnumSet.complementOf(EnumSet.of(InstitutionKind.INTERDISCIPLINARY_TEAM))) {
            refused(() -> statuteGrant(GrantBasis.NIEBIESKA_KARTA, SCHOOL, kind), "sharing.basis-not-for-institution");
        }
    }

    @Test
    void foster_care_grants_access_to_the_family_support_centre_only() {
        assertThat(statuteGrant(GrantBasis.FOSTER_CARE, PCPR, InstitutionKind.FAMILY_SUPPORT_CENTRE))
                .singleElement().isInstanceOf(AccessGranted.class);
        for (InstitutionKind kind : EnumSet.complementOf(EnumSet.of(InstitutionKind.FAMILY_SUPPORT_CENTRE))) {
            refused(() -> statuteGrant(GrantBasis.FOSTER_CARE, CLINIC, kind), "sharing.basis-not-for-institution");
        }
    }

    @Test
    void a_grant_on_a_consent_is_made_only_by_recording_the_consent() {
        refused(() -> statuteGrant(GrantBasis.FAMILY_CONSENT, SCHOOL, InstitutionKind.SCHOOL),
                "sharing.consent-basis-needs-consent");
    }

    @Test
    void a_grant_names_what_it_rests_on() {
        refused(() -> ledger.grant(CASE, new GrantId("g-1"), SCHOOL, InstitutionKind.SCHOOL, SCHOOL_DATA, "Nauka",
                GrantBasis.COURT_ORDER, " ", END_OF_SCHOOL_YEAR, HEAD, TODAY), "case.field-required");
    }

    @Test
    void the_centre_itself_needs_no_grant() {
        refused(() -> ledger.grant(CASE, new GrantId("g-1"), OTHER_OPS, InstitutionKind.SOCIAL_WELFARE_CENTRE,
                SCHOOL_DATA, "Nauka", GrantBasis.COURT_ORDER, "III Nsm 1/26", END_OF_SCHOOL_YEAR, HEAD, TODAY),
                "sharing.centre-needs-no-grant");
    }

    // ---------------------------------------------------------------- what every grant needs

    @Test
    void a_grant_ends_on_a_day_still_to_come() {
        for (LocalDate until : new LocalDate[] {TODAY, TODAY.minusDays(1), null}) {
            refused(() -> consentToSchoolUntil(ledger, until), "sharing.until-not-in-future");
            refused(() -> courtGrantUntil(until), "sharing.until-not-in-future");
        }
        assertThat(consentToSchoolUntil(ledger, TODAY.plusDays(1))).hasSize(2);
        assertThat(courtGrantUntil(TODAY.plusDays(1))).hasSize(1);
    }

    @Test
    void a_grant_names_at_least_one_category() {
        for (Set<DataCategory> none : Arrays.asList(Set.<DataCategory>of(), null)) {
            refused(() -> ledger.recordConsent(CASE, new ConsentId("c-1"), new GrantId("g-1"), "Agnieszka Nowak",
                    SCHOOL, InstitutionKind.SCHOOL, none, "Nauka", TODAY, END_OF_SCHOOL_YEAR, "ZG/1", ASSISTANT,
                    TODAY), "sharing.categories-missing");
            refused(() -> ledger.grant(CASE, new GrantId("g-1"), SCHOOL, InstitutionKind.SCHOOL, none, "Nauka",
                    GrantBasis.COURT_ORDER, "III Nsm 1/26", END_OF_SCHOOL_YEAR, HEAD, TODAY),
                    "sharing.categories-missing");
        }
    }

    @Test
    void a_grant_names_an_institution_and_a_purpose() {
        refused(() -> ledger.grant(CASE, new GrantId("g-1"), null, InstitutionKind.SCHOOL, SCHOOL_DATA, "Nauka",
                GrantBasis.COURT_ORDER, "III Nsm 1/26", END_OF_SCHOOL_YEAR, HEAD, TODAY),
                "sharing.institution-missing");
        refused(() -> ledger.grant(CASE, new GrantId("g-1"), SCHOOL, InstitutionKind.SCHOOL, SCHOOL_DATA, "  ",
                GrantBasis.COURT_ORDER, "III Nsm 1/26", END_OF_SCHOOL_YEAR, HEAD, TODAY), "case.field-required");
    }

    // ---------------------------------------------------------------- withdrawal and revocation

    @Test
    void withdrawing_a_consent_revokes_exactly_the_grants_resting_on_it() {
        consentToSchool(ledger, "c-school", "g-school").forEach(ledger::apply);
        consentToClinic(ledger, "c-clinic", "g-clinic").forEach(ledger::apply);
        courtGrant("g-court").forEach(ledger::apply);

        List<SharingLedgerEvent> events = ledger.withdrawConsent(new ConsentId("c-school"), TODAY,
                "Matka wycofała zgodę", ASSISTANT, TODAY);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(SharingConsentWithdrawn.class, withdrawn -> {
            assertThat(withdrawn.consentId()).isEqualTo(new ConsentId("c-school"));
            assertThat(withdrawn.caseId()).isEqualTo(CASE);
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(AccessRevoked.class, revoked -> {
            assertThat(revoked.grantId()).isEqualTo(new GrantId("g-school"));
            assertThat(revoked.reason()).isEqualTo(RevocationReason.CONSENT_WITHDRAWN);
            assertThat(revoked.revokedOn()).isEqualTo(TODAY);
        });
        events.forEach(ledger::apply);
        assertThat(ledger.grantNotRevoked(new GrantId("g-school"))).isFalse();
        assertThat(ledger.grantNotRevoked(new GrantId("g-clinic"))).isTrue();
        assertThat(ledger.grantNotRevoked(new GrantId("g-court"))).isTrue();
    }

    @Test
    void a_consent_is_withdrawn_once_and_only_if_it_was_recorded() {
        refused(() -> ledger.withdrawConsent(new ConsentId("c-unknown"), TODAY, "", ASSISTANT, TODAY),
                "sharing.consent-not-in-force");
        consentToSchool(ledger, "c-1", "g-1").forEach(ledger::apply);
        ledger.withdrawConsent(new ConsentId("c-1"), TODAY, "", ASSISTANT, TODAY).forEach(ledger::apply);

        refused(() -> ledger.withdrawConsent(new ConsentId("c-1"), TODAY, "", ASSISTANT, TODAY),
                "sharing.consent-not-in-force");
    }

    @Test
    void a_withdrawal_dated_tomorrow_is_refused() {
        consentToSchool(ledger, "c-1", "g-1").forEach(ledger::apply);

        refused(() -> ledger.withdrawConsent(new ConsentId("c-1"), TODAY.plusDays(1), "", ASSISTANT, TODAY),
                "case.date-in-future");
    }

    @Test
    void a_grant_resting_on_a_consent_ends_only_with_the_consent() {
        consentToSchool(ledger, "c-1", "g-1").forEach(ledger::apply);

        refused(() -> ledger.revoke(new GrantId("g-1"), "Cel osiągnięty", HEAD, TODAY),
                "sharing.withdraw-the-consent");
        assertThat(ledger.grantNotRevoked(new GrantId("g-1"))).isTrue();
    }

    @Test
    void the_case_team_revokes_a_court_or_statute_grant_with_a_note() {
        courtGrant("g-court").forEach(ledger::apply);
        refused(() -> ledger.revoke(new GrantId("g-court"), " ", HEAD, TODAY), "case.field-required");

        List<SharingLedgerEvent> events = ledger.revoke(new GrantId("g-court"), "Postanowienie uchylone", HEAD, TODAY);

        assertThat(events).singleElement().isInstanceOfSatisfying(AccessRevoked.class, revoked -> {
            assertThat(revoked.reason()).isEqualTo(RevocationReason.REVOKED_BY_CASE_TEAM);
            assertThat(revoked.note()).isEqualTo("Postanowienie uchylone");
        });
        events.forEach(ledger::apply);
        assertThat(ledger.grantNotRevoked(new GrantId("g-court"))).isFalse();
        refused(() -> ledger.revoke(new GrantId("g-court"), "Jeszcze raz", HEAD, TODAY), "sharing.grant-not-active");
        refused(() -> ledger.revoke(new GrantId("g-never"), "Nie było", HEAD, TODAY), "sharing.grant-not-active");
    }

    // ---------------------------------------------------------------- who keeps the ledger

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FAMILY_ASSISTANT", "SOCIAL_WORKER", "CENTRE_HEAD"},
            mode = EnumSource.Mode.EXCLUDE)
    void only_the_case_teams_roles_keep_the_ledger(Role role) {
        Actor outsider = actor("outsider", SCHOOL, role);
        consentToSchool(ledger, "c-1", "g-1").forEach(ledger::apply);
        courtGrant("g-court").forEach(ledger::apply);

        refused(() -> ledger.recordConsent(CASE, new ConsentId("c-2"), new GrantId("g-2"), "Agnieszka Nowak", SCHOOL,
                InstitutionKind.SCHOOL, SCHOOL_DATA, "Nauka", TODAY, END_OF_SCHOOL_YEAR, "ZG/2", outsider, TODAY),
                "case.role-not-allowed");
        refused(() -> ledger.grant(CASE, new GrantId("g-3"), SCHOOL, InstitutionKind.SCHOOL, SCHOOL_DATA, "Nauka",
                GrantBasis.COURT_ORDER, "III Nsm 1/26", END_OF_SCHOOL_YEAR, outsider, TODAY), "case.role-not-allowed");
        refused(() -> ledger.withdrawConsent(new ConsentId("c-1"), TODAY, "", outsider, TODAY),
                "case.role-not-allowed");
        refused(() -> ledger.revoke(new GrantId("g-court"), "Koniec", outsider, TODAY), "case.role-not-allowed");
    }

    @Test
    void each_of_the_case_teams_roles_records_in_its_own_name() {
        assertThat(((AccessGranted) courtGrantBy(SOCIAL_WORKER).getFirst()).recordedBy().role())
                .isEqualTo(Role.SOCIAL_WORKER);
        assertThat(((AccessGranted) courtGrantBy(ASSISTANT).getFirst()).recordedBy().role())
                .isEqualTo(Role.FAMILY_ASSISTANT);
        assertThat(((AccessGranted) courtGrantBy(HEAD).getFirst()).recordedBy().role())
                .isEqualTo(Role.CENTRE_HEAD);
    }

    // ---------------------------------------------------------------- snapshot

    @Test
    void a_ledger_restored_from_its_snapshot_decides_as_the_original() {
        consentToSchool(ledger, "c-school", "g-school").forEach(ledger::apply);
        consentToClinic(ledger, "c-clinic", "g-clinic").forEach(ledger::apply);
        courtGrant("g-court").forEach(ledger::apply);
        courtGrant("g-revoked").forEach(ledger::apply);
        ledger.revoke(new GrantId("g-revoked"), "Uchylone", HEAD, TODAY).forEach(ledger::apply);
        ledger.withdrawConsent(new ConsentId("c-clinic"), TODAY, "Wycofana", ASSISTANT, TODAY)
                .forEach(ledger::apply);

        SharingLedger restored = SharingLedger.fromSnapshot(ledger.snapshot());

        assertThat(restored.snapshot()).isEqualTo(ledger.snapshot());
        assertThat(restored.withdrawConsent(new ConsentId("c-school"), TODAY, "Wycofana", ASSISTANT, TODAY))
                .isEqualTo(ledger.withdrawConsent(new ConsentId("c-school"), TODAY, "Wycofana", ASSISTANT, TODAY));
        refused(() -> restored.revoke(new GrantId("g-school"), "x", HEAD, TODAY), "sharing.withdraw-the-consent");
        refused(() -> restored.revoke(new GrantId("g-revoked"), "x", HEAD, TODAY), "sharing.grant-not-active");
        refused(() -> restored.withdrawConsent(new ConsentId("c-clinic"), TODAY, "", ASSISTANT, TODAY),
                "sharing.consent-not-in-force");
        refused(() -> consentToSchool(restored, "c-school", "g-new"), "sharing.consent-already-recorded");
        assertThat(restored.revoke(new GrantId("g-court"), "Koniec", HEAD, TODAY)).singleElement()
                .isInstanceOfSatisfying(AccessRevoked.class, revoked -> assertThat(revoked.caseId()).isEqualTo(CASE));
        assertThat(restored.grantNotRevoked(new GrantId("g-court"))).isTrue();
        assertThat(restored.grantNotRevoked(new GrantId("g-clinic"))).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    static List<SharingLedgerEvent> consentToSchool(SharingLedger ledger, String consentId, String grantId) {
        return ledger.recordConsent(CASE, new ConsentId(consentId), new GrantId(grantId), " Agnieszka Nowak ", SCHOOL,
                InstitutionKind.SCHOOL, SCHOOL_DATA, " Wsparcie w nauce syna ", TODAY.minusDays(2),
                END_OF_SCHOOL_YEAR, "ZGODA/7/2026", ASSISTANT, TODAY);
    }

    static List<SharingLedgerEvent> consentToClinic(SharingLedger ledger, String consentId, String grantId) {
        return ledger.recordConsent(CASE, new ConsentId(consentId), new GrantId(grantId), "Agnieszka Nowak", CLINIC,
                InstitutionKind.HEALTH_SERVICE, Set.of(DataCategory.HEALTH), "Opieka pielęgniarki", TODAY,
                END_OF_SCHOOL_YEAR, "ZGODA/8/2026", SOCIAL_WORKER, TODAY);
    }

    static List<SharingLedgerEvent> consentToSchoolUntil(SharingLedger ledger, LocalDate until) {
        return ledger.recordConsent(CASE, new ConsentId("c-until"), new GrantId("g-until"), "Agnieszka Nowak", SCHOOL,
                InstitutionKind.SCHOOL, SCHOOL_DATA, "Nauka", TODAY, until, "ZG/1", ASSISTANT, TODAY);
    }

    List<SharingLedgerEvent> courtGrant(String grantId) {
        return ledger.grant(CASE, new GrantId(grantId), SCHOOL, InstitutionKind.SCHOOL, Set.of(DataCategory.EDUCATION),
                "Nadzór kuratora", GrantBasis.COURT_ORDER, "III Nsm 12/26", END_OF_SCHOOL_YEAR, HEAD, TODAY);
    }

    List<SharingLedgerEvent> courtGrantUntil(LocalDate until) {
        return ledger.grant(CASE, new GrantId("g-until"), SCHOOL, InstitutionKind.SCHOOL,
                Set.of(DataCategory.EDUCATION), "Nadzór kuratora", GrantBasis.COURT_ORDER, "III Nsm 12/26", until,
                HEAD, TODAY);
    }

    List<SharingLedgerEvent> courtGrantBy(Actor actor) {
        return ledger.grant(CASE, new GrantId("g-by"), SCHOOL, InstitutionKind.SCHOOL, Set.of(DataCategory.EDUCATION),
                "Nadzór kuratora", GrantBasis.COURT_ORDER, "III Nsm 12/26", END_OF_SCHOOL_YEAR, actor, TODAY);
    }

    List<SharingLedgerEvent> statuteGrant(GrantBasis basis, InstitutionId institution, InstitutionKind kind) {
        return ledger.grant(CASE, new GrantId("g-statute"), institution, kind, Set.of(DataCategory.VIOLENCE),
                "Procedura", basis, "NK/3/2026", END_OF_SCHOOL_YEAR, SOCIAL_WORKER, TODAY);
    }
}
