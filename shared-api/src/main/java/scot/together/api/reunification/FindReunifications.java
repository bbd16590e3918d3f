package scot.together.api.reunification;

import java.time.LocalDate;

/** Groups of brothers and sisters living apart on {@code asAt} (null: today): answers {@link Reunifications}. */
public record FindReunifications(LocalDate asAt) {
}
