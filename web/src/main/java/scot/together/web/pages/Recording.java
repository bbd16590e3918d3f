package scot.together.web.pages;

import java.util.UUID;

/**
 * Something a {@link ShortForm} records: the command it sends (whose roles alone see the form),
 * the page that asks for it, and what sending it does.
 * Each is a bean named by the last part of its address ({@link ShortForms}); {@code about} is
 * the record it changes (an episode, a stay, a relationship), or null.
 */
public record Recording(Class<?> command, Page page, Send send) {

    @FunctionalInterface
    public interface Page {
        ShortForm of(UUID subject, UUID about);
    }

    @FunctionalInterface
    public interface Send {
        /** Reads the form and sends its command; the words that say it is done. */
        String of(Submitted form, UUID subject, UUID about);
    }
}
