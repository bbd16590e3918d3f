package scot.together.api.family;

import java.time.LocalDate;

/** The register of separations as at a date (null: today); answers {@link SeparationsRegisterView}. */
public record SeparationsRegister(LocalDate asAt) {
}
