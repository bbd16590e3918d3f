package scot.together.api.family;

import java.time.LocalDate;

/** Family time planned against what happened, over a period (both days included). */
/** {@code pseudonymised}: for a reader who sees no text typed by a person (no "with whom"). */
public record FamilyTimeReport(LocalDate from, LocalDate to, boolean pseudonymised) {
}
