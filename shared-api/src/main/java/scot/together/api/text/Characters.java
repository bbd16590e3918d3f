package scot.together.api.text;

/**
 * The characters text in a command may not hold: control characters (U+0000 to U+001F and
 * U+007F; tab, line feed and carriage return are allowed where the text may run over several
 * lines) and halves of a surrogate pair standing alone, which are no character at all.
 * PostgreSQL cannot store U+0000 in text, so an event holding it would stop a read model.
 */
public final class Characters {

    static final String ONE_LINE = "must be one line of text, without control characters";
    static final String MULTI_LINE = "must be text without control characters (line breaks and tabs are allowed)";

    private Characters() {
    }

    /** Whether the text holds only characters the rule allows; null is left to other constraints. */
    public static boolean allowed(CharSequence text, boolean multiLine) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || c == 0x7F || (c < 0x20 && !(multiLine && lineBreakOrTab(c)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean lineBreakOrTab(char c) {
        return c == '\n' || c == '\r' || c == '\t';
    }
}
