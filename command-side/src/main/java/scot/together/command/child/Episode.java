package scot.together.command.child;

import java.time.LocalDate;
import java.util.UUID;
import scot.together.events.CareCategory;

/**
 * One looked-after episode of a child, as far as the child's rules need it. Immutable: each
 * event replaces it, so that replaying the events gives exactly the state the commands saw.
 */
record Episode(UUID id, LocalDate start, LocalDate end, CareCategory category, LocalDate lastCategoryChange,
               UUID home, LocalDate homeSince) {

    static Episode started(UUID id, LocalDate start, CareCategory category) {
        return new Episode(id, start, null, category, start, null, null);
    }

    Episode inCategory(CareCategory newCategory, LocalDate from) {
        return new Episode(id, start, end, newCategory, from, home, homeSince);
    }

    Episode endingOn(LocalDate date) {
        return new Episode(id, start, date, category, lastCategoryChange, home, homeSince);
    }

    Episode livingAt(UUID newHome, LocalDate from) {
        return new Episode(id, start, end, category, lastCategoryChange, newHome, from);
    }

    boolean isOpen() {
        return end == null;
    }

    /** Holds on its start and not on its end. */
    boolean holdsOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    /** The latest day on which something was recorded in this episode. */
    LocalDate latestChange() {
        return homeSince != null && homeSince.isAfter(lastCategoryChange) ? homeSince : lastCategoryChange;
    }
}
