package nl.sto.notification.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The public holidays on which the Netherlands does not count a day as a working day (the days the Algemene
 * termijnenwet names, with Good Friday and Easter and Whit Sunday, on which offices are closed too): New Year's Day,
 * Good Friday, Easter Sunday and Monday, King's Day (27 April, 26 April when the 27th is a Sunday), Liberation Day
 * (5 May), Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
 */
public final class DutchHolidays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 5), MonthDay.of(12, 25),
            MonthDay.of(12, 26));

    private DutchHolidays() {
    }

    public static boolean isHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day)) || day.equals(kingsDay(day.getYear()))) {
            return true;
        }
        long fromEaster = day.toEpochDay() - easterSunday(day.getYear()).toEpochDay();
        return fromEaster == -2 || fromEaster == 0 || fromEaster == 1 || fromEaster == 39 || fromEaster == 49
                || fromEaster == 50;
    }

    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, 4, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
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
