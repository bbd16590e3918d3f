package scot.together.web.pages;

import java.util.List;
import java.util.Map;
import scot.together.api.Slice;
import scot.together.web.problems.NotFound;

/**
 * One page of a long list on a page, the one way every long list is paged: {@value #ON_A_PAGE}
 * a page, asked for by the {@code page} parameter (1 when there is none), read as one more than a
 * page so that the page knows whether there is a next one, and shown with the design system's
 * pagination ({@code fragments/page :: pagination}).
 *
 * @param items what the page shows
 * @param page  its number, from 1
 * @param first the place in the whole list of its first item, from 1
 * @param more  whether there is a next page
 */
public record Paged<T>(List<T> items, int page, int first, boolean more) {

    static final int ON_A_PAGE = 100;
    /** A century of records at {@link #ON_A_PAGE} a page. */
    static final int MOST_PAGES = 1_000_000;

    /** The page asked for: 1 when none is; null, with the problem noted on the form, when it is not a page. */
    static Integer asked(Submitted form) {
        return form.values().getOrDefault("page", "").isBlank() ? Integer.valueOf(1)
                : form.number("page", "the page", 1, MOST_PAGES);
    }

    /** The page asked for in an address with nothing else to fill in; 404 when it is not a page. */
    static int asked(String page) {
        Submitted form = new Submitted(page == null ? Map.of() : Map.of("page", page));
        Integer asked = asked(form);
        if (asked == null) {
            throw new NotFound("No such page");
        }
        return asked;
    }

    /** What to read for the page: its items and one more. */
    static Slice toRead(Integer page) {
        return new Slice(page == null ? 0 : (page - 1) * ON_A_PAGE, ON_A_PAGE + 1);
    }

    /** The page from what {@link #toRead(Integer)} read. */
    static <T> Paged<T> of(List<T> read, Integer page) {
        int number = page == null ? 1 : page;
        return new Paged<>(read.subList(0, Math.min(read.size(), ON_A_PAGE)), number,
                toRead(number).offset() + 1, read.size() > ON_A_PAGE);
    }

    /** The page of a list held whole (one computed whole, such as every team's caseload). */
    static <T> Paged<T> ofWhole(List<T> all, int page) {
        return of(toRead(page).of(all), page);
    }

    /** A whole list on one page (a child's story to print, say). */
    static <T> Paged<T> whole(List<T> all) {
        return new Paged<>(all, 1, 1, false);
    }

    /** Whether the list needs more than one page (then the pagination shows). */
    public boolean paged() {
        return page > 1 || more;
    }

    /** The place in the whole list of the page's last item. */
    public int last() {
        return first + items.size() - 1;
    }
}
