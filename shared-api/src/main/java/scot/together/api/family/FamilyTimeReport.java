package scot.together.api.family;

import java.time.LocalDate;

/** Family time planned against what happened, over a period (both days included). */
public record FamilyTimeReport(LocalDate from, LocalDate to) {
}
