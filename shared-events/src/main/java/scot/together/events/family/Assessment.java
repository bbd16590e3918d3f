package scot.together.events.family;

import java.time.LocalDate;

/** The assessment behind a separation request, e.g. a "Together or Apart" assessment. */
public record Assessment(String kind, LocalDate completedOn, String summary) {
}
