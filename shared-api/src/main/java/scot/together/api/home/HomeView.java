package scot.together.api.home;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.home.HomeKind;

/**
 * A home as it is on {@code asAt}: its kind and whether it is within the council's area; every
 * record of its places, oldest first; the places in force on the date (null when none is recorded:
 * then its vacancies cannot be judged and are null too), the children who live there then and its
 * vacancies (places less those children, never below 0), counted as the reunification finder counts them.
 */
public record HomeView(UUID id, String name, HomeKind kind, boolean withinAuthority, LocalDate asAt,
                       List<Places> places, Places placesOnTheDay, List<Resident> livingThere, Integer vacancies) {

    /** How many children the home can take from a date, and the ages it is approved for (null: any). */
    public record Places(LocalDate from, int places, Integer youngestAge, Integer oldestAge) {
    }

    /** A child who lives in the home on the date, and since when. */
    public record Resident(UUID childId, String givenName, String familyName, LocalDate since) {
    }
}
