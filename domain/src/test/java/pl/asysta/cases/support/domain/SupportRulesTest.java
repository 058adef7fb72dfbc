package pl.asysta.cases.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;

/** The supporting family's small rules: money to the grosz, the months a claim may name, one stream per pair. */
class SupportRulesTest {

    static final LocalDate STARTS = LocalDate.of(2026, 2, 10);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);

    @Test
    void amounts_are_zloty_to_the_grosz_and_typed_zeros_do_not_matter() {
        assertThat(SupportRules.amountInZloty(new BigDecimal("46.2")).toPlainString()).isEqualTo("46.20");
        assertThat(SupportRules.amountInZloty(new BigDecimal("100")).toPlainString()).isEqualTo("100.00");
        assertThat(SupportRules.amountInZloty(new BigDecimal("12.3400")).toPlainString()).isEqualTo("12.34");
        assertThatThrownBy(() -> SupportRules.amountInZloty(new BigDecimal("12.345")))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("supporting.amount-grosze"));
    }

    @Test
    void a_month_that_only_touches_the_agreement_can_be_claimed_one_that_has_not_begun_cannot() {
        SupportRules.monthClaimable(YearMonth.of(2026, 2), STARTS, LAST_DAY, LocalDate.of(2026, 3, 1));
        SupportRules.monthClaimable(YearMonth.of(2026, 6), STARTS, LAST_DAY, LocalDate.of(2026, 6, 1));
        refused(() -> SupportRules.monthClaimable(YearMonth.of(2026, 1), STARTS, LAST_DAY, LocalDate.of(2026, 3, 1)),
                "supporting.month-outside-arrangement");
        refused(() -> SupportRules.monthClaimable(YearMonth.of(2026, 7), STARTS, LAST_DAY, LocalDate.of(2026, 9, 1)),
                "supporting.month-outside-arrangement");
        refused(() -> SupportRules.monthClaimable(YearMonth.of(2026, 4), STARTS, LAST_DAY, LocalDate.of(2026, 3, 31)),
                "supporting.month-in-future");
    }

    @Test
    void one_household_and_one_family_always_name_the_same_arrangement() {
        CaseId family = new CaseId("case-1");
        InstitutionId household = new InstitutionId("rodzina-wspierajaca-nowak");

        assertThat(SupportArrangementId.of(family, household)).isEqualTo(SupportArrangementId.of(family, household))
                .isNotEqualTo(SupportArrangementId.of(new CaseId("case-2"), household));
        assertThat(SupportArrangementId.of(family, household).value()).startsWith("support-").hasSize(44);
    }

    private static void refused(Runnable rule, String key) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }
}
