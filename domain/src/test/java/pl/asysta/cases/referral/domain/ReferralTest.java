package pl.asysta.cases.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.sharing.domain.AgenciesFixture.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.referral.domain.ReferralEvent.CaseReferred;
import pl.asysta.cases.referral.domain.ReferralEvent.ReferralAccepted;
import pl.asysta.cases.referral.domain.ReferralEvent.ReferralAnswered;
import pl.asysta.cases.referral.domain.ReferralEvent.ReferralDeclined;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

/** A question the case team puts to another institution, and that institution's reply and answer. */
class ReferralTest {

    static final ReferralId REFERRAL = new ReferralId("r-1");
    static final LocalDate DEADLINE = TODAY.plusDays(14);

    // ---------------------------------------------------------------- referring

    @Test
    void the_case_team_refers_the_case_with_a_purpose_a_question_and_a_deadline() {
        List<ReferralEvent> events = referToSchool(ASSISTANT, DEADLINE);

        assertThat(events).singleElement().isInstanceOfSatisfying(CaseReferred.class, referred -> {
            assertThat(referred.referralId()).isEqualTo(REFERRAL);
            assertThat(referred.caseId()).isEqualTo(CASE);
            assertThat(referred.institution()).isEqualTo(SCHOOL);
            assertThat(referred.category()).isEqualTo(DataCategory.EDUCATION);
            assertThat(referred.purpose()).isEqualTo("Ocena sytuacji szkolnej");
            assertThat(referred.question()).isEqualTo("Jak Kacper radzi sobie w nauce?");
            assertThat(referred.deadline()).isEqualTo(DEADLINE);
            assertThat(referred.referredOn()).isEqualTo(TODAY);
            assertThat(referred.recordedBy().role()).isEqualTo(Role.FAMILY_ASSISTANT);
        });
        assertThat(referToSchool(SOCIAL_WORKER, DEADLINE)).hasSize(1);
        assertThat(referToSchool(HEAD, DEADLINE)).hasSize(1);
    }

    @Test
    void the_deadline_lies_after_today() {
        refused(() -> referToSchool(ASSISTANT, TODAY), "referral.deadline-not-in-future");
        refused(() -> referToSchool(ASSISTANT, TODAY.minusDays(1)), "referral.deadline-not-in-future");
        refused(() -> referToSchool(ASSISTANT, null), "referral.deadline-not-in-future");
        assertThat(referToSchool(ASSISTANT, TODAY.plusDays(1))).hasSize(1);
    }

    @Test
    void a_centre_does_not_refer_a_case_to_itself() {
        refused(() -> Referral.refer(REFERRAL, CASE, OPS, DataCategory.BASIC, "Cel", "Pytanie", DEADLINE, ASSISTANT,
                TODAY), "referral.to-own-institution");
    }

    @Test
    void a_referral_names_the_institution_the_category_the_purpose_and_the_question() {
        refused(() -> Referral.refer(REFERRAL, CASE, null, DataCategory.EDUCATION, "Cel", "Pytanie", DEADLINE,
                ASSISTANT, TODAY), "referral.institution-missing");
        refused(() -> Referral.refer(REFERRAL, CASE, SCHOOL, null, "Cel", "Pytanie", DEADLINE, ASSISTANT, TODAY),
                "referral.category-missing");
        refused(() -> Referral.refer(REFERRAL, CASE, SCHOOL, DataCategory.EDUCATION, " ", "Pytanie", DEADLINE,
                ASSISTANT, TODAY), "case.field-required");
        refused(() -> Referral.refer(REFERRAL, CASE, SCHOOL, DataCategory.EDUCATION, "Cel", null, DEADLINE,
                ASSISTANT, TODAY), "case.field-required");
    }

    @Test
    void staff_of_other_institutions_do_not_refer_cases() {
        for (Actor outsider : List.of(TEACHER, NURSE, TEAM_MEMBER, COORDINATOR, AUDITOR, COURT_STAFF,
                SUPPORTING_FAMILY, ADMINISTRATOR)) {
            refused(() -> Referral.refer(REFERRAL, CASE, CLINIC.equals(outsider.institutionId()) ? SCHOOL : CLINIC,
                    DataCategory.HEALTH, "Cel", "Pytanie", DEADLINE, outsider, TODAY), "case.role-not-allowed");
        }
    }

    // ---------------------------------------------------------------- replying

    @Test
    void the_named_institution_accepts_then_answers_in_the_referrals_category() {
        Referral referral = sentToSchool();

        List<ReferralEvent> accepted = referral.accept(TEACHER, TODAY);
        assertThat(accepted).singleElement().isInstanceOfSatisfying(ReferralAccepted.class, event -> {
            assertThat(event.category()).isEqualTo(DataCategory.EDUCATION);
            assertThat(event.recordedBy().institutionId()).isEqualTo(SCHOOL);
        });
        accepted.forEach(referral::apply);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);

        List<ReferralEvent> answered = referral.answer(" Frekwencja 92%, oceny dostateczne. ", TODAY, TEACHER, TODAY);
        assertThat(answered).singleElement().isInstanceOfSatisfying(ReferralAnswered.class, event -> {
            assertThat(event.answer()).isEqualTo("Frekwencja 92%, oceny dostateczne.");
            assertThat(event.category()).isEqualTo(DataCategory.EDUCATION);
            assertThat(event.recordedBy().role()).isEqualTo(Role.INSTITUTION_STAFF);
        });
        answered.forEach(referral::apply);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ANSWERED);
    }

    @Test
    void only_the_named_institution_replies() {
        Referral referral = sentToSchool();
        for (Actor other : List.of(OTHER_TEACHER, NURSE, TEAM_MEMBER, ASSISTANT, HEAD, AUDITOR)) {
            refused(() -> referral.accept(other, TODAY), "referral.not-your-institution");
            refused(() -> referral.decline("Nie nasza sprawa", other, TODAY), "referral.not-your-institution");
        }
        referral.accept(TEACHER, TODAY).forEach(referral::apply);
        refused(() -> referral.answer("Odpowiedź", TODAY, OTHER_TEACHER, TODAY), "referral.not-your-institution");
    }

    @Test
    void someone_of_the_named_institution_in_a_role_that_does_not_reply_is_refused() {
        Referral referral = sentToSchool();
        Actor schoolAuditor = actor("iod-szkoly", "IOD szkoły", Role.AUDITOR, SCHOOL);

        refused(() -> referral.accept(schoolAuditor, TODAY), "case.role-not-allowed");
    }

    @Test
    void a_team_member_and_a_coordinator_reply_for_their_institutions() {
        Referral toTeam = sent(TEAM, DataCategory.VIOLENCE);
        assertThat(toTeam.accept(TEAM_MEMBER, TODAY)).singleElement()
                .satisfies(event -> assertThat(event.recordedBy().role()).isEqualTo(Role.TEAM_MEMBER));
        Referral toPcpr = sent(PCPR, DataCategory.PLAN);
        assertThat(toPcpr.decline("Dziecko nie jest w pieczy", COORDINATOR, TODAY)).singleElement()
                .satisfies(event -> assertThat(event.recordedBy().role()).isEqualTo(Role.FOSTER_CARE_COORDINATOR));
    }

    @Test
    void an_answer_comes_after_the_referral_is_accepted() {
        refused(() -> sentToSchool().answer("Odpowiedź", TODAY, TEACHER, TODAY), "referral.not-accepted");
    }

    @Test
    void a_referral_is_declined_with_a_reason() {
        Referral referral = sentToSchool();
        refused(() -> referral.decline("  ", TEACHER, TODAY), "case.field-required");
        refused(() -> referral.decline(null, TEACHER, TODAY), "case.field-required");

        List<ReferralEvent> declined = referral.decline(" Uczeń nie uczęszcza do naszej szkoły ", TEACHER, TODAY);

        assertThat(declined).singleElement().isInstanceOfSatisfying(ReferralDeclined.class,
                event -> assertThat(event.reason()).isEqualTo("Uczeń nie uczęszcza do naszej szkoły"));
        declined.forEach(referral::apply);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
        refused(() -> referral.accept(TEACHER, TODAY), "referral.not-open");
        refused(() -> referral.answer("Jednak odpowiadamy", TODAY, TEACHER, TODAY), "referral.not-accepted");
    }

    @Test
    void a_referral_is_accepted_or_declined_once() {
        Referral referral = sentToSchool();
        referral.accept(TEACHER, TODAY).forEach(referral::apply);

        refused(() -> referral.accept(TEACHER, TODAY), "referral.not-open");
        refused(() -> referral.decline("Rozmyśliliśmy się", TEACHER, TODAY), "referral.not-open");
    }

    @Test
    void an_answer_is_dated_no_later_than_today_and_answered_once() {
        Referral referral = sentToSchool();
        referral.accept(TEACHER, TODAY).forEach(referral::apply);
        refused(() -> referral.answer("Odpowiedź", TODAY.plusDays(1), TEACHER, TODAY), "case.date-in-future");
        refused(() -> referral.answer(" ", TODAY, TEACHER, TODAY), "case.field-required");

        referral.answer("Odpowiedź", TODAY, TEACHER, TODAY).forEach(referral::apply);

        refused(() -> referral.answer("Druga odpowiedź", TODAY, TEACHER, TODAY), "referral.not-accepted");
    }

    // ---------------------------------------------------------------- deadlines

    @Test
    void a_referral_is_overdue_once_its_deadline_has_passed_without_an_answer() {
        assertThat(Referral.overdue(ReferralStatus.OPEN, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(Referral.overdue(ReferralStatus.ACCEPTED, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(Referral.overdue(ReferralStatus.OPEN, TODAY, TODAY)).isFalse();
        assertThat(Referral.overdue(ReferralStatus.ANSWERED, TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(Referral.overdue(ReferralStatus.DECLINED, TODAY.minusDays(1), TODAY)).isFalse();
    }

    @Test
    void a_referral_is_due_soon_from_three_days_before_its_deadline_until_the_deadline() {
        assertThat(Referral.dueSoon(ReferralStatus.OPEN, TODAY.plusDays(4), TODAY)).isFalse();
        assertThat(Referral.dueSoon(ReferralStatus.OPEN, TODAY.plusDays(3), TODAY)).isTrue();
        assertThat(Referral.dueSoon(ReferralStatus.ACCEPTED, TODAY, TODAY)).isTrue();
        assertThat(Referral.dueSoon(ReferralStatus.OPEN, TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(Referral.dueSoon(ReferralStatus.ANSWERED, TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(Referral.dueSoon(ReferralStatus.DECLINED, TODAY.plusDays(1), TODAY)).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    static List<ReferralEvent> referToSchool(Actor actor, LocalDate deadline) {
        return Referral.refer(REFERRAL, CASE, SCHOOL, DataCategory.EDUCATION, " Ocena sytuacji szkolnej ",
                "Jak Kacper radzi sobie w nauce?", deadline, actor, TODAY);
    }

    static Referral sentToSchool() {
        return sent(SCHOOL, DataCategory.EDUCATION);
    }

    static Referral sent(InstitutionId institution, DataCategory category) {
        Referral referral = Referral.empty();
        Referral.refer(REFERRAL, CASE, institution, category, "Cel", "Pytanie", DEADLINE, ASSISTANT, TODAY)
                .forEach(referral::apply);
        assertThat(referral.status()).isEqualTo(ReferralStatus.OPEN);
        return referral;
    }
}
