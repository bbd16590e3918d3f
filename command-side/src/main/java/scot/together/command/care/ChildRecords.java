package scot.together.command.care;

import java.time.LocalDate;
import java.util.UUID;

/** What records about a child need to know of the child's own record. */
public interface ChildRecords {

    /** The child's date of birth; NOT_FOUND when there is no such child. */
    LocalDate bornOn(UUID childId);

    /** Whether the child is in an episode of any category on the date; NOT_FOUND when there is no such child. */
    boolean careExperiencedOn(UUID childId, LocalDate date);
}
