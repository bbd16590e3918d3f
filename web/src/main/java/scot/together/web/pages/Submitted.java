package scot.together.web.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import scot.together.api.Refusal;
import scot.together.api.text.Characters;

/**
 * A submitted form: reads its fields into typed values and notes, in plain words, what is
 * missing or wrong, so that the page can be shown again with what the person typed.
 */
public final class Submitted {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> values;
    private final Map<String, List<String>> lists;
    private final FormErrors errors = new FormErrors();
    private Refusal refusal;

    public Submitted(Map<String, String> values) {
        this(values, Map.of());
    }

    public Submitted(Map<String, String> values, Map<String, List<String>> lists) {
        this.values = values;
        this.lists = lists;
    }

    public Map<String, String> values() {
        return values;
    }

    /** Fields posted more than once (checkboxes), by name. */
    public Map<String, List<String>> lists() {
        return lists;
    }

    public FormErrors errors() {
        return errors;
    }

    public boolean ok() {
        return !errors.any();
    }

    /** The service refused what the form asked: the reason is shown at the field it concerns. */
    public void refused(Refusal refusal, String field) {
        this.refusal = refusal;
        errors.add(field, refusal.detail());
    }

    /** Why the service refused, if it did. */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * The trimmed text, or null (and a problem noted if it is required) when empty, too long or
     * holding a control character (the commands' rule, {@link Characters}; line breaks are left
     * to the command, which knows whether its field is one line).
     */
    public String text(String name, String what, int maxLength, boolean required) {
        String value = values.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            if (required) {
                errors.add(name, "Enter " + what + ".");
            }
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(name, capitalised(what) + " must be " + maxLength + " characters or fewer.");
            return null;
        }
        if (!Characters.allowed(value, true)) {
            errors.add(name, capitalised(what) + " holds an invisible control character: take it out.");
            return null;
        }
        return value;
    }

    /** A date written as 14/3/2025 (or 2025-03-14). */
    public LocalDate date(String name, String what, boolean required) {
        String value = values.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            if (required) {
                errors.add(name, "Enter " + what + ".");
            }
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(name, capitalised(what) + " must be a real date, for example 14/3/2025.");
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type, String whenMissing) {
        String value = values.getOrDefault(name, "");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.add(name, whenMissing);
        return null;
    }

    public UUID id(String name, String whenMissing) {
        return parse(values.getOrDefault(name, ""), name, whenMissing);
    }

    /** Every id ticked among the checkboxes of that name. */
    public List<UUID> ids(String name, int atLeast, String whenTooFew) {
        List<UUID> ids = new ArrayList<>();
        for (String value : lists.getOrDefault(name, List.of())) {
            UUID id = parse(value, name, whenTooFew);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.size() < atLeast) {
            errors.add(name, whenTooFew);
        }
        return ids;
    }

    public Integer number(String name, String what, int min, int max) {
        String value = values.getOrDefault(name, "").strip();
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // noted below
        }
        errors.add(name, capitalised(what) + " must be a whole number from " + min + " to " + max + ".");
        return null;
    }

    public Boolean yesNo(String name, String whenMissing) {
        String value = values.getOrDefault(name, "");
        if (value.equals("yes") || value.equals("no")) {
            return value.equals("yes");
        }
        errors.add(name, whenMissing);
        return null;
    }

    private UUID parse(String value, String name, String whenMissing) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(name, whenMissing);
            return null;
        }
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
