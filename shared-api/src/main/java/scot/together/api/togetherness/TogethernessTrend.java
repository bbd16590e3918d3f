package scot.together.api.togetherness;

import java.time.LocalDate;

/**
 * Togetherness at the last day of each month from {@code from} to {@code to}; with
 * {@code throughTo}, a month still running at {@code to} gets its point as at {@code to}, so a
 * chart's last point is the same figure as a tile taken on that day.
 */
public record TogethernessTrend(LocalDate from, LocalDate to, boolean throughTo) {

    /** Whole months only, as the API's trend has always answered. */
    public TogethernessTrend(LocalDate from, LocalDate to) {
        this(from, to, false);
    }
}
