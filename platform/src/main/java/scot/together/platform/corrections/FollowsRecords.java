package scot.together.platform.corrections;

import java.util.UUID;

/**
 * A projection (a read model, or a look-up the command side's rules read) whose rows follow
 * the events of records. When one of a record's events is marked in error, the projection
 * forgets what the record's events made and {@link RecordFollowers} applies the record's
 * standing events to it again, through its own event handlers: so a record in error is handled
 * by the same code that handled it when it was recorded, and a rebuild gives the same rows.
 */
public interface FollowsRecords {

    /** Removes every row that the events of the record (aggregate) with this id made. */
    void forget(UUID recordId);
}
