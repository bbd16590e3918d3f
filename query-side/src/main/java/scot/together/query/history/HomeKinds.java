package scot.together.query.history;

import java.util.Locale;

/** A home in words by its kind and where it is, for a reader who is not told its name. */
public final class HomeKinds {

    private HomeKinds() {
    }

    /** e.g. "a kinship home within the council's area". */
    public static String described(String kind, boolean withinAuthority) {
        String words = kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        return (words.startsWith("a") || words.startsWith("o") ? "an " : "a ") + words + " home "
                + (withinAuthority ? "within" : "outwith") + " the council's area";
    }
}
