package scot.together.web.problems;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Explains in plain words why a request body could not be read, naming the field. */
final class RequestBodies {

    /** Jackson's words for a field given twice (strict duplicate detection); long names are not repeated back. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{1,100})'");

    private RequestBodies() {
    }

    static String explain(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause == null) {
            return "The request needs a JSON body.";
        }
        if (cause instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
            return duplicate.matches() ? "The body gives " + duplicate.group(1) + " more than once." : "The body is not valid JSON.";
        }
        if (cause instanceof MismatchedInputException trailing
                && String.valueOf(trailing.getOriginalMessage()).startsWith("Trailing token")) {
            return "The body has more after its JSON object.";
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Class<?> target = cause instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            if (field.isEmpty()) {
                return "The body must be a JSON object.";
            }
            if (cause instanceof InvalidFormatException || target != null) {
                return field + " is not valid: " + expected(target) + ".";
            }
            return field + " could not be read.";
        }
        return "The body could not be read as JSON.";
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "it has the wrong type";
        }
        if (type == LocalDate.class) {
            return "expected a real date written YYYY-MM-DD, between 1900 and 2200";
        }
        if (type == UUID.class) {
            return "expected an id the service gave";
        }
        if (type.isEnum()) {
            return "expected one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Boolean.class || type == boolean.class) {
            return "expected true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "expected a whole number";
        }
        if (type == String.class) {
            return "expected text";
        }
        return "it has the wrong type";
    }
}
