package scot.together.app.fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the run has created, so that valid requests reach deeper than a 404: ids by the kind of
 * record (the address segment they live under: children, episodes, separations...), each with the
 * ids of the address it was created at; and what the board must never see of it.
 */
final class Known {

    private static final Pattern TOKEN = Pattern.compile("Qz[a-z]{7}");
    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Map<String, List<Map<String, String>>> records = new HashMap<>();
    /** Children's ids, dates of birth and every word typed into a record that was accepted. */
    private final Set<String> secrets = new LinkedHashSet<>();
    private final Set<String> childIds = new LinkedHashSet<>();

    /** A record created at an address: its own id ("self") and the ids in that address, by name. */
    void created(String kind, String id, Map<String, String> at) {
        Map<String, String> entry = new HashMap<>(at);
        entry.put("self", id);
        records.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
        if (kind.equals("children")) {
            childIds.add(id);
            secrets.add(id);
        }
    }

    List<Map<String, String>> of(String kind) {
        return records.getOrDefault(kind, List.of());
    }

    List<String> children() {
        return List.copyOf(childIds);
    }

    /** Every event id an answer names: what can be marked in error. */
    void eventIds(String answer) {
        Matcher id = EVENT_ID.matcher(answer);
        Set<String> known = new java.util.HashSet<>();
        for (Map<String, String> entry : of("records")) {
            known.add(entry.get("self"));
        }
        while (id.find()) {
            if (known.add(id.group(1))) {
                created("records", id.group(1), Map.of());
            }
        }
    }

    /** What an accepted request typed: each distinctive word of its free text. */
    void typed(String text) {
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            secrets.add(token.group());
        }
    }

    /** A date of birth accepted: secret, unless it is a day the run also uses for what the council did. */
    void bornOn(LocalDate date) {
        if (date.getYear() > 1900 && date.getYear() < 2019) {
            secrets.add(date.toString());
        }
    }

    /** The secrets in an answer the board read (dates and words its own request named are its own). */
    List<String> leaked(String answer, String target) {
        String body = answer.toLowerCase(Locale.ROOT);
        String asked = target.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String secret : secrets) {
            String s = secret.toLowerCase(Locale.ROOT);
            boolean childId = childIds.contains(secret);
            if (body.contains(s) && (childId || !asked.contains(s))) {
                found.add(secret);
            }
        }
        return found;
    }

    int secretCount() {
        return secrets.size();
    }
}
