package scot.together.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages' forms, read from the pages as each role sees them (the fields, their choices and
 * hidden values), and posts of them, valid or hostile, with a signed-in session and its CSRF token.
 */
final class PageForms {

    /** A field of a form: its name, kind (text, textarea, select, radio, checkbox, hidden...) and choices. */
    record Field(String name, String kind, List<String> choices, String value) {
    }

    /** A form as a page showed it to a role. */
    record Form(String action, List<Field> fields, String shownTo) {
        String key() {
            return "POST " + UUIDS.matcher(action).replaceAll("{id}");
        }
    }

    /** A signed-in browser: its session cookie and CSRF token. */
    static final class Session {
        final String role;
        String cookie;
        String csrf;

        Session(String role) {
            this.role = role;
        }
    }

    static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d/M/yyyy");
    /** Forms never sent: signing in and out (a wrong password locks the address), and a rebuild by the administrator. */
    private static final Set<String> LEFT_ALONE = Set.of("/sign-in", "/sign-out");

    private final Map<String, Form> forms = new LinkedHashMap<>();
    private final List<String> links = new ArrayList<>();
    private final HostileValues values;
    private final Known known;

    PageForms(HostileValues values, Known known) {
        this.values = values;
        this.known = known;
    }

    static Session signIn(Wire wire, String role) {
        Session session = new Session(role);
        Wire.Answer page = wire.send("GET", "/sign-in", List.of(), null);
        session.cookie = cookie(wire, null);
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
        String form = "username=" + role + "&password=demo&_csrf=" + ApiOperations.encode(token);
        Wire.Answer signedIn = wire.send("POST", "/sign-in", List.of(new String[] {"Cookie", session.cookie},
                new String[] {"Content-Type", "application/x-www-form-urlencoded"}), form.getBytes(StandardCharsets.UTF_8));
        session.cookie = cookie(wire, session.cookie);
        if (signedIn.status() != 302 || String.valueOf(signedIn.header("Location")).contains("sign-in")) {
            throw new AssertionError(role + " could not sign in: " + signedIn.status() + " " + signedIn.header("Location"));
        }
        Wire.Answer home = wire.send("GET", "/", List.<String[]>of(new String[] {"Cookie", session.cookie}), null);
        session.csrf = Jsoup.parse(home.body()).select("input[name=_csrf]").attr("value");
        return session;
    }

    private static String cookie(Wire wire, String otherwise) {
        return wire.setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0])
                .findFirst().orElse(otherwise);
    }

    /** Reads the page as the session's role: its forms, and its links within Together. */
    void read(Wire wire, Session session, String path) {
        Wire.Answer page = wire.send("GET", path, List.<String[]>of(new String[] {"Cookie", session.cookie}), null);
        if (page.status() != 200) {
            return;
        }
        Document document = Jsoup.parse(page.body());
        for (Element link : document.select("a[href^=/]")) {
            String href = link.attr("href");
            if (!links.contains(href) && !href.startsWith("/assets") && !href.startsWith("/sign-")) {
                links.add(href);
            }
        }
        for (Element form : document.select("form")) {
            if (!form.attr("method").equalsIgnoreCase("post") || LEFT_ALONE.contains(form.attr("action"))) {
                continue;
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name], select[name], textarea[name]")) {
                String name = input.attr("name");
                String kind = input.tagName().equals("input") ? input.attr("type").isEmpty() ? "text" : input.attr("type")
                        : input.tagName();
                List<String> choices = new ArrayList<>();
                if (kind.equals("select")) {
                    input.select("option").forEach(option -> choices.add(option.attr("value")));
                } else if (kind.equals("radio") || kind.equals("checkbox")) {
                    Field before = fields.get(name);
                    if (before != null) {
                        choices.addAll(before.choices());
                    }
                    choices.add(input.attr("value"));
                }
                fields.put(name, new Field(name, kind, choices, input.tagName().equals("textarea") ? input.text()
                        : input.attr("value")));
            }
            Form found = new Form(form.attr("action"), List.copyOf(fields.values()), session.role);
            forms.putIfAbsent(found.key() + " " + fields.keySet() + " " + session.role, found);
        }
    }

    List<Form> forms() {
        return List.copyOf(forms.values());
    }

    List<String> links() {
        return links;
    }

    Request request(Form form, Session session, String role, boolean valid) {
        Request request = new Request(form.key(), role, true);
        request.method = "POST";
        String action = form.action();
        if (!valid && values.chance(0.25)) {
            Matcher id = UUIDS.matcher(action);
            if (id.find()) {
                action = action.substring(0, id.start()) + (values.chance(0.5) ? values.uuid()
                        : values.pick(HostileValues.IDS)) + action.substring(id.end());
            } else if (values.chance(0.3)) {
                action = action + values.pick(List.of("/", "/x", "%20", ";x=1", "/%2e%2e"));
            }
        }
        request.target = action;
        List<String> pairs = new ArrayList<>();
        for (Field field : form.fields()) {
            if (field.name().equals("_csrf")) {
                if (session == null) {
                    continue;
                }
                String token = valid || values.chance(0.9) ? session.csrf : values.pick(List.of("", "x", session.csrf + "x"));
                pairs.add("_csrf=" + ApiOperations.encode(token));
                continue;
            }
            if (!valid && values.chance(0.1)) {
                continue;
            }
            for (String value : values(field, request, valid)) {
                pairs.add(ApiOperations.encode(field.name()) + "=" + ApiOperations.encode(value));
            }
        }
        if (!valid && values.chance(0.1)) {
            pairs.add(values.pick(List.of("unknown=1", "_csrf=x", "childIds=" + values.uuid(), "%zz=%zz", "=", "&&",
                    "days=999")));
        }
        if (!valid && values.chance(0.1) && !pairs.isEmpty()) {
            pairs.add(values.pick(pairs));
        }
        request.body = String.join("&", pairs).getBytes(StandardCharsets.UTF_8);
        request.header("Content-Type", valid || values.chance(0.9) ? "application/x-www-form-urlencoded"
                : values.pick(HostileValues.CONTENT_TYPES));
        if (session != null) {
            request.header("Cookie", session.cookie);
        }
        if (!valid && values.chance(0.2)) {
            request.header("Accept", values.pick(HostileValues.ACCEPTS));
        }
        if (action.equals("/children")) {
            request.creates = "children";
        }
        return request;
    }

    private List<String> values(Field field, Request request, boolean valid) {
        if (!valid && values.chance(0.3)) {
            String hostile = field.name().toLowerCase().contains("date") || field.name().endsWith("On")
                    ? values.hostileDate() : values.chance(0.3) ? values.pick(HostileValues.NUMBERS) : values.string();
            request.typed.append(hostile).append(' ');
            return List.of(hostile);
        }
        switch (field.kind()) {
            case "hidden", "submit", "button" -> {
                return List.of(field.value());
            }
            case "select", "radio" -> {
                List<String> choices = field.choices().stream().filter(c -> !c.isEmpty()).toList();
                return choices.isEmpty() ? List.of(field.value()) : List.of(values.pick(choices));
            }
            case "checkbox" -> {
                List<String> ticked = new ArrayList<>();
                for (String choice : field.choices()) {
                    if (values.chance(0.7)) {
                        ticked.add(choice);
                    }
                }
                return ticked;
            }
            default -> {
                return List.of(plain(field.name(), request));
            }
        }
    }

    /** What a person would type into a field of that name. */
    private String plain(String name, Request request) {
        LocalDate today = LocalDate.now();
        LocalDate date = null;
        if (name.equals("dateOfBirth")) {
            date = values.birthDate();
            request.bornOn = date;
        } else if (name.endsWith("By") || name.equals("nextReview")) {
            date = today.plusDays(values.between(10, 150));
        } else if (name.toLowerCase().contains("date") || name.endsWith("On") || name.equals("since")
                || name.equals("from") || name.equals("to")) {
            date = values.recentDate();
        }
        if (date != null) {
            return values.chance(0.5) ? date.format(WRITTEN) : date.toString();
        }
        if (name.equals("days") || name.equals("places")) {
            return String.valueOf(values.between(1, 10));
        }
        if (name.endsWith("Id") || name.equals("homeId")) {
            List<Map<String, String>> homes = known.of("homes");
            return homes.isEmpty() ? values.uuid() : values.pick(homes).get("self");
        }
        String text = values.token() + " " + values.pick(List.of("House", "Academy", "agreed", "note"));
        request.typed.append(text).append(' ');
        return text;
    }
}
