package pl.asysta.i18n;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Applies the remembered language to each new session and tab, and writes it into the first HTML the browser
 * receives as {@code <html lang>}, before any script runs.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init ->
                init.getSession().setLocale(LanguagePreference.remembered(init.getRequest())));
        event.getSource().addUIInitListener(init -> {
            Locale locale = Translations.supported(init.getUI().getSession().getLocale());
            init.getUI().setLocale(locale);
            LanguagePreference.announceToPage(init.getUI(), locale);
        });
        event.addIndexHtmlRequestListener(response -> {
            VaadinSession session = VaadinSession.getCurrent();
            Locale locale = session != null
                    ? session.getLocale()
                    : LanguagePreference.remembered(response.getVaadinRequest());
            response.getDocument().getElementsByTag("html").attr("lang", Translations.supported(locale).toLanguageTag());
        });
    }
}
