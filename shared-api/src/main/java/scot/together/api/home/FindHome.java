package scot.together.api.home;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One home as it is on a date: its kind, where it is, the places recorded for it, who lives
 * there and its vacancies then; answers a {@link HomeView}, or nothing when there is no such home.
 */
public record FindHome(UUID homeId, LocalDate asAt) {
}
