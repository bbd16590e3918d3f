package scot.together.api.care;

import java.time.LocalDate;

/**
 * Permanence within six months as at a date: of the children looked after on the date whose
 * episode began at least six months before it, how many had a permanent plan agreed within six
 * months of the episode's start.
 */
public record PermanenceReport(LocalDate asAt) {
}
