package scot.together.web.pages;

import java.util.List;
import java.util.Map;

/**
 * A short form shown by templates/form.html: its title, whom it is about, where it posts, the
 * page to go back to, its button and its questions in order. One template serves every form
 * that is only dates, choices and words.
 */
public record ShortForm(String title, String about, String action, String back, String button,
                        List<Question> questions) {

    /** One question: a date, a choice among a few (value to label, in order), or a longer answer. */
    public record Question(String kind, String name, String label, String hint, Map<String, String> options) {

        public static Question date(String name, String label, String hint) {
            String example = "For example, 14/3/2025";
            return new Question("date", name, label, hint == null ? example : hint + " " + example, Map.of());
        }

        public static Question choice(String name, String legend, Map<String, String> options) {
            return new Question("choice", name, legend, null, options);
        }

        /** A short answer on one line (a reference, a number). */
        public static Question line(String name, String label, String hint) {
            return new Question("line", name, label, hint, Map.of());
        }

        public static Question words(String name, String label) {
            return words(name, label, null);
        }

        public static Question words(String name, String label, String hint) {
            return new Question("words", name, label, hint, Map.of());
        }
    }
}
