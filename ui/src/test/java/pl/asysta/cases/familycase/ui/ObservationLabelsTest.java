package pl.asysta.cases.familycase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.i18n.Translations;

/** The kinds of another institution's observation are shown by name, in Polish and in English. */
class ObservationLabelsTest {

    private final Translations translations = new Translations();

    @Test
    void every_kind_of_observation_has_a_name_in_polish_and_in_english() {
        for (ObservationKind kind : ObservationKind.values()) {
            for (Locale locale : List.of(Translations.POLISH, Translations.ENGLISH)) {
                String key = ObservationDialog.KIND + "." + kind.name();
                assertThat(translations.getTranslation(key, locale)).as("%s in %s", key, locale)
                        .doesNotStartWith("!");
            }
        }
    }
}
