package scot.together.api.reports;

import java.time.LocalDate;

/** Moves of home among children looked after at any time in the period (both days included). */
public record MovesReport(LocalDate from, LocalDate to) {
}
