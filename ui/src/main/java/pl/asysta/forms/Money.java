package pl.asysta.forms;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import com.vaadin.flow.component.UI;

import pl.asysta.i18n.Translations;

/**
 * Amounts in złoty as the page's language writes them: {@code 1 234,50 zł} in Polish, {@code PLN 1,234.50} in
 * English, always to the grosz.
 */
public final class Money {

    private static final Currency PLN = Currency.getInstance("PLN");

    private Money() {
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        Locale locale = locale();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String number = format.format(amount);
        return locale.equals(Translations.ENGLISH) ? PLN.getCurrencyCode() + " " + number
                : number + " " + PLN.getSymbol(Translations.POLISH);
    }

    private static Locale locale() {
        return Translations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
    }

    /** Hours from minutes, to one decimal where needed: {@code 2,5 h}, {@code 3 h}. */
    public static String hours(int minutes) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(minutes / 60.0) + " h";
    }
}
