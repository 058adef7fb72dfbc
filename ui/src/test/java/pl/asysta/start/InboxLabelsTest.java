package pl.asysta.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.referral.domain.ReferralStatus;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.InstitutionKind;

/** The inbox and the alerts show referral statuses and kinds of institution by name, in both languages. */
class InboxLabelsTest {

    private final Translations translations = new Translations();

    @Test
    void every_referral_status_has_a_name_in_polish_and_in_english() {
        for (ReferralStatus status : ReferralStatus.values()) {
            assertNamed(ReferralInbox.STATUS + "." + status.name());
        }
    }

    @Test
    void every_kind_of_institution_has_a_name_in_polish_and_in_english() {
        for (InstitutionKind kind : InstitutionKind.values()) {
            assertNamed(AccessAlerts.INSTITUTION_KIND + "." + kind.name());
        }
    }

    private void assertNamed(String key) {
        for (Locale locale : List.of(Translations.POLISH, Translations.ENGLISH)) {
            assertThat(translations.getTranslation(key, locale)).as("%s in %s", key, locale).doesNotStartWith("!");
        }
    }
}
