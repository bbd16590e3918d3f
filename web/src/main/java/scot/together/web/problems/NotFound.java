package scot.together.web.problems;

/** Nothing of that kind with that id. */
public class NotFound extends RuntimeException {
    public NotFound(String detail) {
        super(detail);
    }
}
