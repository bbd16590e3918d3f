package scot.together.api.togetherness;

import java.time.LocalDate;

/** Togetherness at the last day of each month from {@code from} to {@code to}. */
public record TogethernessTrend(LocalDate from, LocalDate to) {
}
