package scot.together.api.togetherness;

import java.time.LocalDate;

/** Brothers-and-sisters togetherness as at a date (domain.md, Measures). */
public record TogethernessReport(LocalDate asAt) {
}
