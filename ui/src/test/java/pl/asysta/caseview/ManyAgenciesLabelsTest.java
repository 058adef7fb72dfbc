package pl.asysta.caseview;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.referral.domain.ReferralStatus;
import pl.asysta.cases.sharing.GrantState;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.sharing.domain.RevocationReason;
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
