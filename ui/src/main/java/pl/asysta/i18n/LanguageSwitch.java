package pl.asysta.i18n;

import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * One button that offers the other language, named in that language ("English" on a Polish page, "Polski" on
 * an English one) and marked with its {@code lang}, so a screen reader reads the name the way its speakers
 * would look for it.
 */
public class LanguageSwitch extends Button implements LocaleChangeObserver {

    public LanguageSwitch() {
        setIcon(VaadinIcon.GLOBE_WIRE.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        addClickListener(click -> LanguagePreference.choose(other(getLocale())));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        show(other(getLocale()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        show(other(event.getLocale()));
    }

    private void show(Locale offered) {
        setText(getTranslation(offered, "language.name"));
        getElement().setAttribute("lang", offered.toLanguageTag());
        getElement().setAttribute("title", getTranslation(offered, "language.switch.hint"));
    }

    private static Locale other(Locale current) {
        return Translations.ENGLISH.equals(Translations.supported(current)) ? Translations.POLISH : Translations.ENGLISH;
    }
}
