package scot.together.api.reports;

import java.time.LocalDate;

/** Accommodated children whose home is within the council's area, as at a date. */
public record LocalCareReport(LocalDate asAt) {
}
