package scot.together.web.api;

import scot.together.api.Slice;
import scot.together.web.problems.InvalidRequest;

/**
 * The optional {@code offset} and {@code limit} of a list the API answers a part at a time, the
 * one way for every such list: offset 0 or more (default 0), limit from 1 to the list's most;
 * without a limit, the list's default (everything, for a list that always answered whole).
 */
public final class Slices {

    private Slices() {
    }

    /** The part asked for; 400 VALIDATION for an offset below 0 or a limit outside 1 to {@code most}. */
    public static Slice asked(Integer offset, Integer limit, int most, int byDefault) {
        if (limit != null && (limit < 1 || limit > most)) {
            throw new InvalidRequest("limit must be from 1 to " + most + ".");
        }
        if (offset != null && offset < 0) {
            throw new InvalidRequest("offset must be 0 or more.");
        }
        return new Slice(offset == null ? 0 : offset, limit == null ? byDefault : limit);
    }
}
