package scot.together.app.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation the running service documents in {@code /v3/api-docs}, and requests for them:
 * valid ones built from what the run created, and hostile ones (wrong types, extremes, repeated
 * keys, odd headers and addresses).
 */
final class ApiOperations {

    /** One documented operation. */
    record Operation(String method, String path, List<JsonNode> parameters, JsonNode body) {
        String key() {
            return method + " " + path;
        }
    }

    static final Set<String> DEMO_USERS = Set.of("social.worker", "social.worker2", "head.of.service",
            "head.of.service2", "head.of.education", "head.of.cfsw", "board.member", "admin");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final JsonNode docs;
    private final List<Operation> operations = new ArrayList<>();
    private final HostileValues values;
    private final Known known;
    private final List<String> readModels;
    private final List<String> usedKeys = new ArrayList<>();

    ApiOperations(JsonNode docs, HostileValues values, Known known, List<String> readModels) {
        this.docs = docs;
        this.values = values;
        this.known = known;
        this.readModels = readModels;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                List<JsonNode> parameters = new ArrayList<>();
                method.getValue().path("parameters").forEach(parameters::add);
                JsonNode body = method.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : body));
            }
        }
    }

    List<Operation> all() {
        return operations;
    }

    Request request(Operation operation, String role, boolean valid) {
        Request request = new Request(operation.key(), role, false);
        request.method = operation.method();
        if (!valid && values.chance(0.06)) {
            request.method = values.pick(List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "FOO",
                    operation.method().equals("GET") ? "POST" : "GET"));
        }
        String path = path(operation, request, valid);
        String query = query(operation, valid);
        request.target = path + (query.isEmpty() ? "" : "?" + query);
        if (operation.method().equals("POST") && operation.path().matches(".*/[a-z-]+") && !operation.path().endsWith("}")
                && !Set.of("approve", "refuse", "end", "rebuild", "retry", "lift", "password", "erase", "category",
                "placements", "in-error", "discharge", "moves").contains(last(operation.path()))) {
            request.creates = last(operation.path());
        }
        if (operation.body() != null || operation.method().equals("POST")) {
            body(operation, request, valid);
        }
        headers(request, valid);
        return request;
    }

    private String path(Operation operation, Request request, boolean valid) {
        List<String> names = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(operation.path());
        while (parameter.find()) {
            names.add(parameter.group(1));
        }
        Map<String, String> chosen = new java.util.HashMap<>();
        if (!names.isEmpty()) {
            String lastName = names.get(names.size() - 1);
            List<Map<String, String>> pool = known.of(kindOf(operation.path(), lastName));
            if (!pool.isEmpty()) {
                Map<String, String> entry = values.pick(pool);
                chosen.putAll(entry);
                chosen.put(lastName, entry.get("self"));
            }
        }
        int spoilt = valid || !values.chance(0.35) || names.isEmpty() ? -1 : values.random().nextInt(names.size());
        StringBuilder path = new StringBuilder();
        Matcher each = PARAMETER.matcher(operation.path());
        int index = 0;
        while (each.find()) {
            String name = each.group(1);
            String value;
            if (index == spoilt) {
                value = values.chance(0.5) ? values.uuid() : values.pick(HostileValues.IDS);
                if (values.chance(0.1)) {
                    value = "a b";
                } else if (values.chance(0.1)) {
                    value = URLEncoder.encode(values.string(), StandardCharsets.UTF_8).replace("+", "%20");
                }
            } else if (name.equals("username")) {
                value = values.token().toLowerCase();
            } else if (name.equals("readModel")) {
                value = readModels.isEmpty() ? "children" : values.pick(readModels);
            } else if (chosen.containsKey(name)) {
                value = chosen.get(name);
            } else {
                List<Map<String, String>> pool = known.of(kindOf(operation.path().substring(0, each.start()), name));
                value = pool.isEmpty() ? values.uuid() : values.pick(pool).get("self");
            }
            request.at.put(name, value);
            each.appendReplacement(path, Matcher.quoteReplacement(value));
            index++;
        }
        each.appendTail(path);
        String result = path.toString();
        if (!valid && values.chance(0.05)) {
            result = values.pick(List.of(result + "/", result + "//", result + "/x", result + "/%2e%2e",
                    result.replace("/api/", "/api//"), result.replace("/api/", "/API/"), result + "%20", result + ";x=1",
                    result + "/%E2%82%AC", result + "/..", result.toUpperCase()));
        }
        return result;
    }

    /** The kind of record a path parameter names: the address segment before it. */
    static String kindOf(String path, String parameter) {
        int at = path.indexOf("{" + parameter + "}");
        String before = at < 0 ? path : path.substring(0, at);
        String[] segments = before.split("/");
        return segments.length == 0 ? "" : segments[segments.length - 1];
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private String query(Operation operation, boolean valid) {
        List<String> pairs = new ArrayList<>();
        LocalDate from = values.recentDate();
        LocalDate to = from.plusDays(values.between(0, 900));
        for (JsonNode parameter : operation.parameters()) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asText();
            boolean date = "date".equals(parameter.path("schema").path("format").asText());
            String value = switch (name) {
                case "from", "effectiveFrom" -> from.toString();
                case "to", "effectiveTo" -> to.toString();
                case "asAt" -> values.recentDate().toString();
                case "format" -> values.pick(List.of("json", "csv", "csv"));
                case "status" -> values.pick(List.of("REQUESTED", "APPROVED", "REFUSED", "ENDED", "PENDING", "INFORMAL"));
                case "step" -> "month";
                case "limit" -> String.valueOf(values.between(1, 500));
                case "user" -> values.pick(List.of("social.worker", "head.of.service"));
                case "type" -> values.pick(List.of("ChildRegistered", "ChildMoved", "EpisodeStarted"));
                default -> date ? values.recentDate().toString() : values.token();
            };
            if (valid) {
                if (date || values.chance(0.7)) {
                    pairs.add(name + "=" + encode(value));
                }
                continue;
            }
            switch (values.random().nextInt(8)) {
                case 0 -> { }
                case 1, 2 -> pairs.add(name + "=" + hostileQueryValue(date));
                case 3 -> {
                    pairs.add(name + "=" + encode(value));
                    pairs.add(name + "=" + hostileQueryValue(date));
                }
                default -> pairs.add(name + "=" + encode(value));
            }
        }
        if (!valid && values.chance(0.1)) {
            pairs.add(values.pick(List.of("x=1", "format=pdf", "format=", "=", "&", "%zz=1", "a=%00", "asAt",
                    "from=2024-01-01&from=2025-01-01", "limit=-1", "limit=99999999999")));
        }
        return String.join("&", pairs);
    }

    private String hostileQueryValue(boolean date) {
        String value = switch (values.random().nextInt(4)) {
            case 0, 1 -> date ? values.hostileDate() : values.string();
            case 2 -> values.pick(HostileValues.NUMBERS);
            default -> values.pick(HostileValues.IDS);
        };
        if (value.length() > 3000) {
            value = value.substring(0, 3000);
        }
        // sometimes sent as typed, but never with a raw space or line break: that would split the request line
        return values.chance(0.15) && value.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? value : encode(value);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void body(Operation operation, Request request, boolean valid) {
        String json = operation.body() == null ? "{}" : value("", operation.body(), request, valid, 0);
        if (!valid) {
            json = spoil(json);
        }
        request.body = json.getBytes(StandardCharsets.UTF_8);
        if (!valid && values.chance(0.03)) {
            // bytes that are no UTF-8 at all, or a body over the limit
            request.body = values.chance(0.5) ? new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}
                    : ("{\"reason\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** Whole-body hostility: one key twice, trailing garbage, a missing brace, another shape altogether. */
    private String spoil(String json) {
        return switch (values.random().nextInt(12)) {
            case 0 -> json.startsWith("{\"") ? json.replaceFirst("^\\{(\"[^\"]+\":(\"[^\"]*\"|[^,}]*))",
                    "{$1,$1") : json;
            case 1 -> json + values.pick(List.of(" {}", "x", "]", ",", " \"tail\"", "\u0000"));
            case 2 -> json.isEmpty() ? json : json.substring(0, json.length() - 1);
            case 3 -> values.pick(List.of("", " ", "null", "[]", "\"text\"", "1", "true", "{", "}", "{\"a\":",
                    "[" .repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                    "\uFEFF{}", "{'a':'b'}", "{a:1}", "/* c */{}"));
            case 4 -> json.startsWith("{") ? "{\"unknownField\":1," + json.substring(1) : json;
            default -> json;
        };
    }

    /** A JSON value for the schema (resolving $ref), as a field of that name would hold it. */
    private String value(String name, JsonNode schema, Request request, boolean valid, int depth) {
        if (schema.has("$ref")) {
            schema = docs.at(schema.get("$ref").asText().substring(1));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        if (!valid && depth > 0 && values.chance(0.2)) {
            String hostile = values.hostileJson(type);
            request.typed.append(hostile);
            return hostile;
        }
        switch (type) {
            case "object" -> {
                List<String> fields = new ArrayList<>();
                Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                List<String> childIds = pair();
                request.at.put("childIds", String.join(",", childIds));
                for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                     properties.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (!required.contains(property.getKey()) && values.chance(valid ? 0.2 : 0.3)) {
                        continue;
                    }
                    if (!valid && values.chance(0.08)) {
                        continue;
                    }
                    fields.add("\"" + property.getKey() + "\":" + value(property.getKey(), property.getValue(),
                            request, valid, depth + 1));
                }
                return "{" + String.join(",", fields) + "}";
            }
            case "array" -> {
                if (name.equals("childIds")) {
                    List<String> ids = List.of(request.at.get("childIds").split(","));
                    if (!valid && values.chance(0.3)) {
                        ids = values.pick(List.of(List.<String>of(), List.of(ids.get(0)), List.of(ids.get(0), ids.get(0)),
                                List.of(ids.get(0), values.uuid()), java.util.Collections.nCopies(500, ids.get(0))));
                    }
                    return "[" + String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList()) + "]";
                }
                if (name.equals("views")) {
                    List<String> views = new ArrayList<>();
                    for (String child : request.at.get("childIds").split(",")) {
                        String text = values.token() + " wants to see them";
                        request.typed.append(text).append(' ');
                        views.add(values.chance(0.5) ? "{\"childId\":\"" + child + "\",\"view\":\"" + text + "\"}"
                                : "{\"childId\":\"" + child + "\",\"notGivenBecause\":\"" + text + "\"}");
                    }
                    return "[" + String.join(",", views) + "]";
                }
                return "[" + value(name, schema.path("items"), request, valid, depth + 1) + "]";
            }
            case "boolean" -> {
                return String.valueOf(values.chance(0.5));
            }
            case "integer", "number" -> {
                int min = schema.path("minimum").asInt(1);
                int max = Math.min(schema.path("maximum").asInt(10), 10);
                return String.valueOf(values.between(min, Math.max(min, max)));
            }
            default -> {
                return "\"" + HostileValues.escape(text(name, schema, request)) + "\"";
            }
        }
    }

    /** Two children: brothers and sisters the run recorded, when there are some. */
    private List<String> pair() {
        List<Map<String, String>> relationships = known.of("brothers-and-sisters");
        if (!relationships.isEmpty() && values.chance(0.7)) {
            Map<String, String> relationship = values.pick(relationships);
            if (relationship.containsKey("childId") && relationship.containsKey("otherChildId")) {
                return List.of(relationship.get("childId"), relationship.get("otherChildId"));
            }
        }
        List<String> children = known.children();
        if (children.size() < 2) {
            return List.of(values.uuid(), values.uuid());
        }
        String one = values.pick(children);
        String other = values.pick(children);
        return List.of(one, other);
    }

    /** A plausible string for the field: from the schema's choices, a date, an id the run made, or words. */
    private String text(String name, JsonNode schema, Request request) {
        if (schema.has("enum")) {
            List<String> choices = new ArrayList<>();
            schema.get("enum").forEach(choice -> choices.add(choice.asText()));
            return values.pick(choices);
        }
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            return date(name, request);
        }
        if (format.equals("uuid") || name.endsWith("Id")) {
            return id(name, request);
        }
        if (name.equals("key")) {
            return values.pick(List.of("social.worker", "127.0.0.1", values.token()));
        }
        String text = switch (name) {
            case "givenName", "familyName" -> values.token();
            case "password" -> values.token() + "-Pass-1";
            case "worker" -> "social.worker";
            default -> values.token() + " " + values.pick(List.of("House", "Academy", "reason", "agreed", "note"));
        };
        request.typed.append(text).append(' ');
        return text;
    }

    private String date(String name, Request request) {
        LocalDate today = LocalDate.now();
        LocalDate date = switch (name) {
            case "dateOfBirth" -> values.birthDate();
            case "reviewBy", "nextReviewBy" -> today.plusDays(values.between(10, 150));
            case "decidedOn" -> today.minusDays(values.between(0, 20));
            default -> values.recentDate();
        };
        if (name.equals("dateOfBirth")) {
            request.bornOn = date;
        }
        return date.toString();
    }

    private String id(String name, Request request) {
        String kind = switch (name) {
            case "homeId" -> "homes";
            case "childId" -> "";
            default -> name.replace("Id", "s");
        };
        String id;
        if (name.equals("childId") || name.equals("otherChildId")) {
            String[] pair = request.at.getOrDefault("childIds", values.uuid() + "," + values.uuid()).split(",");
            id = name.equals("childId") ? pair[0] : pair[pair.length - 1];
        } else {
            List<Map<String, String>> pool = known.of(kind);
            id = pool.isEmpty() ? values.uuid() : values.pick(pool).get("self");
        }
        request.at.put(name, id);
        return id;
    }

    private void headers(Request request, boolean valid) {
        if (request.body != null) {
            request.header("Content-Type", valid || values.chance(0.8) ? "application/json"
                    : values.pick(HostileValues.CONTENT_TYPES));
        }
        if (valid ? values.chance(0.3) : values.chance(0.4)) {
            request.header("Accept", valid ? "application/json" : values.pick(HostileValues.ACCEPTS));
        }
        if (request.method.equals("POST") && values.chance(valid ? 0.3 : 0.4)) {
            String key;
            if (!usedKeys.isEmpty() && values.chance(0.3)) {
                key = values.pick(usedKeys);
            } else if (!valid && values.chance(0.4)) {
                key = values.pick(List.of("clé-é", "ключ", "\u00ff", "x".repeat(201), "", " ", "a\tb", "键-" + values.token()));
            } else {
                key = values.token();
            }
            usedKeys.add(key);
            request.header("Idempotency-Key", key);
        }
        if (!valid && values.chance(0.05)) {
            request.header(values.pick(List.of("X-Forwarded-Proto", "X-Forwarded-For", "X-Forwarded-Host", "Origin",
                    "Accept-Charset", "Accept-Language", "Range", "If-None-Match", "Expect", "X-HTTP-Method-Override")),
                    values.pick(List.of("https", "1.2.3.4, evil", "evil.example", "null", "klingon", "bytes=0-1",
                            "*", "100-continue", "DELETE", "é")));
        }
    }
}
