package pl.asysta.cases.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.referral.domain.ReferralStatus;
import pl.asysta.i18n.Translations;

/** The case page and the inbox show referral statuses by name, in both languages. */
class ReferralLabelsTest {

    private final Translations translations = new Translations();

    @Test
    void every_referral_status_has_a_name_on_the_case_page_in_polish_and_in_english() {
        for (ReferralStatus status : ReferralStatus.values()) {
            assertNamed(ReferralsPanel.STATUS + "." + status.name());
        }
    }

    @Test
    void every_referral_status_has_a_name_in_polish_and_in_english() {
        for (ReferralStatus status : ReferralStatus.values()) {
            assertNamed(ReferralInbox.STATUS + "." + status.name());
        }
    }

    private void assertNamed(String key) {
        for (Locale locale : List.of(Translations.POLISH, Translations.ENGLISH)) {
            assertThat(translations.getTranslation(key, locale)).as("%s in %s", key, locale).doesNotStartWith("!");
        }
    }
}
