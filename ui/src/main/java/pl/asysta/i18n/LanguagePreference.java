package pl.asysta.i18n;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

/**
 * The language a person chose, kept for the session and in a cookie so that the sign-in page of the next visit
 * speaks it too. Without a choice the portal speaks Polish, even to an English browser: it serves Polish public
 * offices, and English is an option, not a guess.
 */
public final class LanguagePreference {

    static final String COOKIE = "asysta-language";
    private static final int COOKIE_MAX_AGE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    private LanguagePreference() {
    }

    /** The language remembered in the request's cookie, Polish when there is none. */
    public static Locale remembered(VaadinRequest request) {
        return Optional.ofNullable(request).map(VaadinRequest::getCookies).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> Translations.supported(Locale.forLanguageTag(cookie.getValue())))
                .findFirst()
                .orElse(Translations.POLISH);
    }

    /** Switches every open tab of this session to the language and remembers it. */
    public static void choose(Locale language) {
        Locale locale = Translations.supported(language);
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(locale);
        session.getUIs().forEach(ui -> announceToPage(ui, locale));
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie(locale, VaadinRequest.getCurrent()));
        }
    }

    /** Keeps {@code <html lang>} in step with the UI, so screen readers pronounce the page correctly. */
    static void announceToPage(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }

    private static Cookie cookie(Locale locale, VaadinRequest request) {
        Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
        cookie.setMaxAge(COOKIE_MAX_AGE_SECONDS);
        cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
