package vn.parindex.indicator;

import java.time.YearMonth;

/**
 * A leaf whose input comes from a public-service source indicator: the indicator's numerator and denominator, summed
 * over twelve months or fewer. The window runs from {@code fromMonth} to {@code toMonth} of the assessed year, or,
 * when {@code fromMonth} is after {@code toMonth}, from {@code fromMonth} of the year before (10 → 9: October of the
 * previous year to September of the assessed one, as the service index's reporting year often runs).
 */
public record LeafSource(String leafCode, String indicator, String indicatorName, String numeratorLabel,
                         String denominatorLabel, int fromMonth, int toMonth) {

    public YearMonth first(int year) {
        return YearMonth.of(fromMonth > toMonth ? year - 1 : year, fromMonth);
    }

    public YearMonth last(int year) {
        return YearMonth.of(year, toMonth);
    }

    public boolean covers(int year, YearMonth month) {
        return !month.isBefore(first(year)) && !month.isAfter(last(year));
    }

    /** The window in Vietnamese, e.g. "10/2024 – 9/2025". */
    public String period(int year) {
        return first(year).getMonthValue() + "/" + first(year).getYear() + " – " + toMonth + "/" + year;
    }
}
