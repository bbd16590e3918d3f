package scot.together.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated request: which operation or form it aims at, as whom, and what it sends; and what
 * it would create if accepted (its kind, the ids of its address, the words it typed, a birth).
 */
final class Request {

    final String operation;
    final String role;
    final boolean page;
    String method;
    String target;
    final List<String[]> headers = new ArrayList<>();
    byte[] body;
    /** The kind of record a 201 (or a page's redirect) creates, or null. */
    String creates;
    final Map<String, String> at = new HashMap<>();
    final StringBuilder typed = new StringBuilder();
    LocalDate bornOn;

    Request(String operation, String role, boolean page) {
        this.operation = operation;
        this.role = role;
        this.page = page;
    }

    void header(String name, String value) {
        headers.add(new String[] {name, value});
    }

    String header(String name) {
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return header[1];
            }
        }
        return null;
    }

    boolean api() {
        return target.startsWith("/api");
    }

    /** How to send it again by hand, shortened. */
    String reproduce() {
        StringBuilder text = new StringBuilder(method + " " + shorten(target, 300) + " as " + role);
        for (String[] header : headers) {
            if (!header[0].equals("Authorization") && !header[0].equals("Cookie")) {
                text.append(" [").append(header[0]).append(": ").append(shorten(header[1], 80)).append(']');
            }
        }
        if (body != null) {
            text.append(" body ").append(shorten(new String(body, StandardCharsets.UTF_8), 400));
        }
        return text.toString();
    }

    static String shorten(String text, int max) {
        StringBuilder printable = new StringBuilder();
        text.substring(0, Math.min(text.length(), max)).codePoints().forEach(c -> printable.append(
                c < 0x20 || c == 0x7f ? String.format("\\x%02x", c) : new String(Character.toChars(c))));
        return text.length() <= max ? printable.toString() : printable + "…(" + text.length() + ")";
    }
}
