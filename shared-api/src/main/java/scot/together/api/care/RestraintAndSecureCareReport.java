package scot.together.api.care;

import java.time.LocalDate;

/** Physical interventions by setting, and secure care admissions and discharges, in a period (both days included). */
public record RestraintAndSecureCareReport(LocalDate from, LocalDate to) {
}
