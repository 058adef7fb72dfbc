package pl.asysta.forms;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.i18n.Translations;
import pl.asysta.time.ClockConfiguration;

/**
 * Dates as Polish offices write them ({@code dd.MM.yyyy}) in both languages, and date pickers that speak the
 * page's language: month and weekday names, Monday first, the same format when typing.
 */
public final class Dates {

    public static final String PATTERN = "dd.MM.yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(PATTERN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(PATTERN + " HH:mm")
            .withZone(ClockConfiguration.CENTRE_ZONE);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment as the centre's wall clock showed it. */
    public static String format(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    /** A localized date picker with a visible label; {@code required} adds the required mark. */
    public static DatePicker picker(String label, boolean required) {
        DatePicker picker = new DatePicker(label);
        localize(picker);
        picker.setRequiredIndicatorVisible(required);
        return picker;
    }

    public static void localize(DatePicker picker) {
        Locale locale = Translations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdays(weekdaysFromSunday(TextStyle.FULL_STANDALONE, locale));
        i18n.setWeekdaysShort(weekdaysFromSunday(TextStyle.SHORT_STANDALONE, locale));
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormats(PATTERN, "d.M.yyyy", "yyyy-MM-dd");
        i18n.setToday(I18NProvider.translate(locale, "form.date.today"));
        i18n.setCancel(I18NProvider.translate(locale, "form.date.cancel"));
        i18n.setBadInputErrorMessage(I18NProvider.translate(locale, "form.date.bad-input", PATTERN));
        i18n.setRequiredErrorMessage(I18NProvider.translate(locale, "form.required"));
        picker.setI18n(i18n);
        picker.setHelperText(I18NProvider.translate(locale, "form.date.format", PATTERN));
    }

    private static List<String> weekdaysFromSunday(TextStyle style, Locale locale) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Stream.of(DayOfWeek.values()).limit(6))
                .map(day -> day.getDisplayName(style, locale))
                .toList();
    }
}
