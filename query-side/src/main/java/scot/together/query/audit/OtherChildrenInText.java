package scot.together.query.audit;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds, in free text, the names of other children on record (full, given or family name, as
 * whole words, whatever the case) and puts "[another child]" in their place. A name the subject
 * also bears (a brother's family name, usually) stays, so the subject's own name is never lost.
 */
final class OtherChildrenInText {

    static final String REPLACEMENT = "[another child]";
    /** What may be part of a name: letters, digits, apostrophes and hyphens (O'Neil, Smith-Jones). */
    private static final String NAME_CHARACTER = "[\\p{L}\\p{N}'’-]";

    private final Pattern names;

    private OtherChildrenInText(Pattern names) {
        this.names = names;
    }

    /**
     * @param others  each other child's given and family name
     * @param subject the subject's given and family name
     */
    static OtherChildrenInText of(Collection<Name> others, Name subject) {
        Set<String> own = Set.of(normal(subject.given()), normal(subject.family()), normal(subject.full()));
        Set<String> words = new LinkedHashSet<>();
        for (Name other : others) {
            for (String word : new String[] {other.full(), other.given(), other.family()}) {
                String normal = normal(word);
                if (!normal.isEmpty() && !own.contains(normal)) {
                    words.add(normal);
                }
            }
        }
        if (words.isEmpty()) {
            return new OtherChildrenInText(null);
        }
        // longest first, so a full name is replaced whole before its parts
        String alternatives = words.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(OtherChildrenInText::wholeName)
                .collect(Collectors.joining("|"));
        return new OtherChildrenInText(Pattern.compile("(?<!" + NAME_CHARACTER + ")(?:" + alternatives + ")(?!"
                + NAME_CHARACTER + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    String redact(String text) {
        return names == null || text == null ? text : names.matcher(text).replaceAll(REPLACEMENT);
    }

    /** The name's words, whatever the spaces between them. */
    private static String wholeName(String name) {
        return Arrays.stream(name.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }

    private static String normal(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    record Name(String given, String family) {
        String full() {
            return given + " " + family;
        }
    }
}
