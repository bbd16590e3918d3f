package scot.together.web.problems;

/** A request the web can see is wrong before sending anything on. */
public class InvalidRequest extends RuntimeException {
    public InvalidRequest(String detail) {
        super(detail);
    }
}
