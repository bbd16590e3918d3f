package scot.together.app.fuzz;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Values an attacker or a careless client sends, drawn from one seeded {@link Random}. */
final class HostileValues {

    static final List<String> DATES = List.of("0000-01-01", "-0001-01-01", "+99999-01-01", "9999-12-31",
            "-999999999-01-01", "+999999999-12-31", "1899-12-31", "1900-01-01", "2200-12-31", "2201-01-01",
            "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "20240101", "2024-1-5", "1/1/2024", "31/12/2024",
            "2024-01-01T00:00:00Z", "2024-01-01 ", " 2024-01-01", "yesterday", "", "0", "-1");
    static final List<String> STRINGS = List.of("", " ", "\t", "\u0000", "a\u0000b", "\u0007bell", "\u001b[31mred",
            "line\nbreak", "cr\rreturn", "\u202egnp.exe", "\uFEFFbom", "\u200b", "\ud83d\udc69\u200d\ud83d\udc67 family",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "%00", "%2e%2e%2f",
            "../../etc/passwd", "${jndi:ldap://x/a}", "{{7*7}}", "[[${7*7}]]", "null", "undefined", "NaN", "true",
            "\\u0000", "Ma\u0301ire", "\u0130stanbul", "\ud800", "C-AAAAAAAA", "social.worker", "admin");
    static final List<String> NUMBERS = List.of("0", "-1", "-0", "1", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "99999999999999999999999", "1e400", "-1e400", "3.7", "1e2",
            "0x10", "\"3\"", "\"\"", "null", "[]", "{}", "true", "201", "200", "365");
    static final List<String> IDS = List.of("00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid", "1", "-1", "%20", "%00", "%2F", "%2e%2e", "a%20b",
            "..", ".", "%E2%82%AC", "%zz", "%", "null", "00000000-0000-0000-0000-00000000000g",
            "00000000000000000000000000000000", "{id}", "*", "%3Bx%3D1", "x;y", "%C0%AE");
    static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/xml", "text/html", "text/csv",
            "application/problem+json", "no/such;;type", ";", "text/*", "application/json;q=0", "image/png, */*;q=0.1",
            "application/json, text/csv", "\u00e9/\u00e9", "application/*+json", "");
    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "*/*", "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
            "application/json; charset=klingon", "application/json; charset=ISO-8859-1", "application/problem+json",
            "application/merge-patch+json", "nonsense", ";", "application/", "text/csv", "");

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** A distinctive word no answer holds by chance: what the run types into free text. */
    String token() {
        StringBuilder word = new StringBuilder("Qz");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    String longString() {
        int length = pick(List.of(101, 201, 256, 1001, 5000, 70_000));
        StringBuilder text = new StringBuilder(token());
        while (text.length() < length) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    String string() {
        return switch (random.nextInt(4)) {
            case 0 -> longString();
            case 1 -> token() + pick(STRINGS);
            default -> pick(STRINGS);
        };
    }

    /** A date in the past few years, where the council's own records lie. */
    LocalDate recentDate() {
        LocalDate today = LocalDate.now();
        return LocalDate.of(2019, 1, 1).plusDays(random.nextInt((int) (today.toEpochDay()
                - LocalDate.of(2019, 1, 1).toEpochDay())));
    }

    /** A date of birth, years before any date the run records for the council: so never mistaken for one. */
    LocalDate birthDate() {
        return LocalDate.of(2006, 1, 1).plusDays(random.nextInt(365 * 11));
    }

    String hostileDate() {
        return chance(0.15) ? LocalDate.now().plusDays(between(1, 400)).toString() : pick(DATES);
    }

    /** A JSON value of the wrong kind, or an extreme of the right one. */
    String hostileJson(String type) {
        return switch (random.nextInt(6)) {
            case 0 -> pick(NUMBERS);
            case 1 -> "\"" + escape(hostileDate()) + "\"";
            case 2 -> pick(List.of("[2024,1,1]", "{\"year\":2024}", "[]", "{}", "[\"" + uuid() + "\"]", "true", "null"));
            case 3 -> "\"" + escape(pick(IDS)) + "\"";
            default -> "string".equals(type) || type == null ? "\"" + escape(string()) + "\"" : pick(NUMBERS);
        };
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
