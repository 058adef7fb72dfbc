package pl.asysta.caseview;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.ObservationKind;
import pl.asysta.cases.access.AccessBasis;
import pl.asysta.cases.access.GrantBasis;
import pl.asysta.cases.access.GrantState;
import pl.asysta.cases.access.RevocationReason;
import pl.asysta.cases.referral.ReferralStatus;
import pl.asysta.i18n.Translations;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes of sharing, referrals, openings and observations are shown by name, in Polish and in English. */
class ManyAgenciesLabelsTest {

    private static final Map<String, Class<? extends Enum<?>>> CODES = Map.of(
            SharingPanel.BASIS, GrantBasis.class,
            SharingPanel.STATE, GrantState.class,
            SharingPanel.REVOCATION, RevocationReason.class,
            ReferralsPanel.STATUS, ReferralStatus.class,
            OpeningsPanel.BASIS, AccessBasis.class,
            ObservationDialog.KIND, ObservationKind.class);

    private final Translations translations = new Translations();

    @Test
    void every_code_of_sharing_referrals_openings_and_observations_has_a_name_in_polish_and_in_english() {
        CODES.forEach((prefix, codes) -> {
            for (Enum<?> code : codes.getEnumConstants()) {
                for (Locale locale : List.of(Translations.POLISH, Translations.ENGLISH)) {
                    String key = prefix + "." + code.name();
                    assertThat(translations.getTranslation(key, locale)).as("%s in %s", key, locale)
                            .doesNotStartWith("!");
                }
            }
        });
    }
}
