package pl.asysta.accessreview.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days free from work in Poland under the Act of 18 January 1951 on days free from work (as amended; Christmas
 * Eve since 2025). Easter and the feasts that move with it are computed with the anonymous Gregorian algorithm.
 */
public final class PolishPublicHolidays {

    /** Christmas Eve is a day free from work from 2025 (Dz.U. 2024 poz. 1965). */
    static final int CHRISTMAS_EVE_SINCE = 2025;

    private PolishPublicHolidays() {
    }

    /** Every public holiday of the year, in order. */
    public static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(LocalDate.of(year, Month.JANUARY, 6));
        LocalDate easter = easterSunday(year);
        days.add(easter);
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1));
        days.add(LocalDate.of(year, Month.MAY, 3));
        days.add(easter.plusDays(49));
        days.add(easter.plusDays(60));
        days.add(LocalDate.of(year, Month.AUGUST, 15));
        days.add(LocalDate.of(year, Month.NOVEMBER, 1));
        days.add(LocalDate.of(year, Month.NOVEMBER, 11));
        if (year >= CHRISTMAS_EVE_SINCE) {
            days.add(LocalDate.of(year, Month.DECEMBER, 24));
        }
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return days;
    }

    /** Every public holiday between the two days, both included. */
    public static Set<LocalDate> between(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new TreeSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            of(year).stream().filter(day -> !day.isBefore(from) && !day.isAfter(to)).forEach(days::add);
        }
        return days;
    }

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    /** Easter Sunday of the Gregorian calendar (the Meeus/Jones/Butcher algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
