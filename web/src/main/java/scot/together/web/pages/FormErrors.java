package scot.together.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field in the order of the form, as the
 * design system's error summary lists it (each message links to its field).
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Keeps the first problem found with a field. */
    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public String of(String field) {
        return byField.get(field);
    }

    public Map<String, String> all() {
        return byField;
    }
}
