package scot.together.api.text;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.stream.Collectors;

/** A command's constraint violations in plain words, each naming its field as the JSON body does. */
public final class Violations {

    private Violations() {
    }

    /** For instance "givenName must be one line of text, without control characters; views[1].view must be ...". */
    public static String describe(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> field(v) + " " + v.getMessage()).sorted()
                .collect(Collectors.joining("; "));
    }

    /** The field's path without Bean Validation's container nodes: views[1].view, not views[1].<list element>.view. */
    public static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.?<[a-z ]+>", "");
    }
}
