package pl.asysta.accessreview.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When the centre works, for the flag "read outside working hours": from {@code start} (included) to {@code end}
 * (excluded) on working days, in the centre's zone. Saturdays and Sundays and Polish public holidays are outside
 * working hours unless switched off. A read outside them is not wrong in itself (a crisis does not wait for
 * Monday); it is worth a look.
 */
public record WorkingHours(LocalTime start, LocalTime end, boolean weekendsOff, boolean holidaysOff) {

    /** 7:00 to 20:00, Monday to Friday, except public holidays. */
    public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(7, 0), LocalTime.of(20, 0), true, true);

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours must start before they end: " + start + "-" + end);
        }
    }

    /** Whether a moment, on the centre's wall clock, lies outside working hours. */
    public boolean outside(ZonedDateTime moment) {
        LocalTime time = moment.toLocalTime();
        if (time.isBefore(start) || !time.isBefore(end)) {
            return true;
        }
        DayOfWeek day = moment.getDayOfWeek();
        if (weekendsOff && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
            return true;
        }
        return holidaysOff && PolishPublicHolidays.isHoliday(moment.toLocalDate());
    }
}
