package scot.together.api.child;

/** Children whose name contains the text (any case), for finding a child; at most {@link #LIMIT}, by name. */
public record FindChildren(String nameContains) {
    public static final int LIMIT = 50;
}
