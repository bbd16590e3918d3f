package scot.together.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * How children and homes are named in a description. For a reader who may not know who the
 * children are (the board), a child is named only by pseudonym, a home only by its kind (a
 * kinship home is named after a relative), and no text typed by a person is shown.
 */
public interface Names {

    String child(UUID childId);

    String home(UUID homeId);

    boolean pseudonymised();

    /** The child's date of birth, if known. */
    LocalDate bornOn(UUID childId);

    /**
     * The day an entry shows: the day it happened, unless the reader sees no dates of birth and
     * it falls on the birthday-of-birth of a child it concerns (a relationship recorded from the
     * younger child's birth, say): then the day the council recorded it.
     */
    default LocalDate day(CareEvent event, Instant recordedAt) {
        boolean onABirth = event.children().stream().anyMatch(child -> event.effectiveDate().equals(bornOn(child)));
        return pseudonymised() && onABirth ? LocalDate.ofInstant(recordedAt, ZoneOffset.UTC) : event.effectiveDate();
    }
}
