package scot.together.api.child;

import java.time.LocalDate;

/**
 * Children whose name contains the text (any case), or who carry it whole as a reference the
 * council knows them by (any case), and, when {@code bornOn} is given, who were born that day,
 * for finding a child; at most {@link #LIMIT}, by name. Either may be left out,
 * not both.
 */
public record FindChildren(String nameContains, LocalDate bornOn) {
    public static final int LIMIT = 50;

    public FindChildren(String nameContains) {
        this(nameContains, null);
    }
}
