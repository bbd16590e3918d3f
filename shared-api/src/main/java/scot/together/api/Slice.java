package scot.together.api;

import java.util.List;

/**
 * A part of a long list: at most {@code limit} items after the first {@code offset}, for a
 * page of a long story or caseload, or an API client that asks for one part at a time.
 */
public record Slice(int offset, int limit) {

    /** The whole list. */
    public static final Slice ALL = new Slice(0, Integer.MAX_VALUE);

    public Slice {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("A slice starts at 0 or later and holds at least one item.");
        }
    }

    /** This part of a list held whole. */
    public <T> List<T> of(List<T> all) {
        int from = Math.min(offset, all.size());
        return List.copyOf(all.subList(from, (int) Math.min(all.size(), (long) from + limit)));
    }
}
