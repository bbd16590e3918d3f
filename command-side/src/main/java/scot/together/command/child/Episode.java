package scot.together.command.child;

import java.time.LocalDate;
import java.util.UUID;
import scot.together.events.CareCategory;

/** One looked-after episode of a child, as far as the child's rules need it. */
class Episode {

    final UUID id;
    final LocalDate start;
    LocalDate end;
    CareCategory category;
    LocalDate lastCategoryChange;
    UUID home;
    LocalDate homeSince;

    Episode(UUID id, LocalDate start, CareCategory category) {
        this.id = id;
        this.start = start;
        this.category = category;
        this.lastCategoryChange = start;
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
