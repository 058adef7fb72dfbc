package pl.asysta.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every visible sentence of the portal, from {@code vaadin-i18n/translations*.properties}. Polish is the root
 * bundle, so it is what anyone gets who did not choose English, whatever the browser or the server's locale says:
 * the JVM's default locale is deliberately not consulted.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale POLISH = Locale.forLanguageTag("pl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK_TO_JVM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(POLISH, ENGLISH);
    }

    /** The supported locale closest to the given one: English for any English, Polish for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : POLISH;
    }

    /**
     * The sentence under {@code key}; arguments are formatted with {@link MessageFormat} only when there are
     * some, so texts without arguments may contain apostrophes freely. A missing key is logged and shown as
     * {@code !key}, so it stands out in a screenshot instead of breaking the screen.
     */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(supported(locale));
        if (key == null || !bundle.containsKey(key)) {
            log.warn("Missing translation {} for {}", key, bundle.getLocale());
            return "!" + key;
        }
        String text = bundle.getString(key);
        return params.length == 0 ? text : new MessageFormat(text, supported(locale)).format(params);
    }

    public boolean hasTranslation(String key) {
        return bundle(POLISH).containsKey(key);
    }

    static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK_TO_JVM_LOCALE);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The translation bundle " + BUNDLE + " is missing from the build", e);
        }
    }
}
