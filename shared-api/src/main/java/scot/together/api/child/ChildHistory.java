package scot.together.api.child;

import java.util.UUID;
import scot.together.api.Slice;

/**
 * Everything recorded about a child, oldest first: in the order the events were stored, or
 * with {@code inTheOrderTheyHappened} by the day each happened (the order stored where the day
 * is the same). Empty when there is no such child. Pseudonymised for readers who may not know
 * who the child is. Only the {@code slice} asked for (one page of a long story).
 */
public record ChildHistory(UUID childId, boolean pseudonymised, Slice slice, boolean inTheOrderTheyHappened) {

    /** Everything, in the order stored. */
    public ChildHistory(UUID childId, boolean pseudonymised) {
        this(childId, pseudonymised, Slice.ALL, false);
    }
}
