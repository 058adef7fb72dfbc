package pl.asysta.cases.sharing.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.cases.sharing.GrantState;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.sharing.domain.RevocationReason;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.InstitutionKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes of sharing and openings, and the kinds of institution in the alerts, are named in both languages. */
class SharingLabelsTest {

    private static final Map<String, Class<? extends Enum<?>>> CODES = Map.of(
            SharingPanel.BASIS, GrantBasis.class,
            SharingPanel.STATE, GrantState.class,
            SharingPanel.REVOCATION, RevocationReason.class,
            OpeningsPanel.BASIS, AccessBasis.class);

    private final Translations translations = new Translations();

    @Test
    void every_code_of_sharing_and_openings_has_a_name_in_polish_and_in_english() {
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

    @Test
    void every_kind_of_institution_has_a_name_in_polish_and_in_english() {
        for (InstitutionKind kind : InstitutionKind.values()) {
            String key = AccessAlerts.INSTITUTION_KIND + "." + kind.name();
            for (Locale locale : List.of(Translations.POLISH, Translations.ENGLISH)) {
                assertThat(translations.getTranslation(key, locale)).as("%s in %s", key, locale)
                        .doesNotStartWith("!");
            }
        }
    }
}
