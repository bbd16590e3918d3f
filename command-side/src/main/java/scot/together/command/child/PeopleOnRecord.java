package scot.together.command.child;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a child's record needs to know of other records when it registers or allocates a child:
 * the workers who may sign in, and children already registered under a name and date of birth.
 * Read from the command side's look-ups, kept in the same transaction as the events.
 */
public interface PeopleOnRecord {

    /** Whether someone with this user name has an account. */
    boolean workerKnown(String username);

    /** Children already registered with this name (any case, spaces at the ends ignored) and date of birth. */
    List<UUID> registeredAlike(String givenName, String familyName, LocalDate dateOfBirth);
}
