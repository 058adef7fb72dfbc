package pl.asysta.accessreview.ui;

import java.util.Locale;

import pl.asysta.i18n.Translations;

/**
 * The sentences of one language, for what is written outside a page: a report is read by a family member in the
 * language chosen for it, whatever the auditor's page shows, and it is written while no page is being drawn.
 */
@FunctionalInterface
interface Wording {

    String text(String key, Object... arguments);

    static Wording of(Translations translations, Locale locale) {
        Locale language = Translations.supported(locale);
        return (key, arguments) -> translations.getTranslation(key, language, arguments);
    }
}
