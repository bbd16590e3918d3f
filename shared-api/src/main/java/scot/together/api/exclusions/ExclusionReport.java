package scot.together.api.exclusions;

import java.time.LocalDate;

/**
 * Exclusions proposed (formal) or happening (informal) in the period, both days included.
 * Pseudonymised for readers who may not know who the children are: no id, no free text.
 */
public record ExclusionReport(LocalDate from, LocalDate to, boolean pseudonymised) {
}
