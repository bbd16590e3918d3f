package scot.together.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.audit.SubjectAccessExport;
import scot.together.api.audit.SubjectAccess;
import scot.together.events.CareEvent;
import scot.together.query.history.ChildHistoryQueries;
import scot.together.query.history.Descriptions;
import scot.together.query.history.EventLogProjection;
import scot.together.query.history.Names;
import scot.together.platform.EventJson;

/**
 * A subject-access export: every event that concerns the child, as recorded and in plain words,
 * with every other child it names reduced to "another child" (no name, date of birth or id),
 * and any other child's name in its free text to "[another child]".
 */
@Component
public class SubjectAccessQueries {

    static final String ANOTHER_CHILD = "another child";
    /** A code (an enum's name) or an id: never free text. */
    private static final Pattern CODE = Pattern.compile(
            "[A-Z0-9_]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final JdbcTemplate jdbc;
    private final Descriptions descriptions;
    private final ChildHistoryQueries history;
    private final Clock clock;
    private final ObjectMapper json = EventJson.objectMapper();

    public SubjectAccessQueries(JdbcTemplate jdbc, Descriptions descriptions, ChildHistoryQueries history,
                                Clock clock) {
        this.jdbc = jdbc;
        this.descriptions = descriptions;
        this.history = history;
        this.clock = clock;
    }

    @QueryHandler
    public SubjectAccessExport handle(SubjectAccess query) {
        UUID subject = query.childId();
        List<SubjectAccessExport> found = jdbc.query("SELECT given_name, family_name, date_of_birth FROM child"
                + " WHERE id = ?", (rs, n) -> new SubjectAccessExport(subject, rs.getString(1), rs.getString(2),
                rs.getDate(3).toLocalDate(), Instant.now(clock), new ArrayList<>()), subject);
        if (found.isEmpty()) {
            return null;
        }
        SubjectAccessExport export = found.get(0);
        Names named = history.names(false);
        Names names = new Names() {
            @Override
            public String child(UUID childId) {
                return subject.equals(childId) ? named.child(childId) : ANOTHER_CHILD;
            }

            @Override
            public String home(UUID homeId) {
                return named.home(homeId);
            }

            @Override
            public boolean pseudonymised() {
                return false;
            }

            @Override
            public LocalDate bornOn(UUID childId) {
                return named.bornOn(childId);
            }
        };
        jdbc.query("""
                SELECT l.event_id, l.event_type, l.payload::text AS payload, l.recorded_at, l.recorded_by, l.role
                FROM event_child c JOIN event_log l ON l.event_id = c.event_id
                WHERE c.child_id = ? ORDER BY %s""".formatted(EventLogProjection.IN_ORDER), rs -> {
            CareEvent event = descriptions.read(rs.getString("event_type"), rs.getString("payload"));
            Set<String> others = event.children().stream().filter(id -> !id.equals(subject)).map(UUID::toString)
                    .collect(Collectors.toSet());
            export.events().add(new SubjectAccessExport.Entry(rs.getString("event_id"),
                    event.getClass().getSimpleName(), event.effectiveDate(), rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by"), rs.getString("role"), descriptions.describe(event, names),
                    redacted(json.convertValue(event, new TypeReference<Map<String, Object>>() { }), others)));
        }, subject);
        OtherChildrenInText otherNames = otherChildrenNamedIn(export);
        export.events().replaceAll(entry -> new SubjectAccessExport.Entry(entry.eventId(), entry.type(),
                entry.effectiveDate(), entry.recordedAt(), entry.recordedBy(), entry.role(),
                otherNames.redact(entry.summary()), freeTextRedacted(entry.record(), otherNames)));
        return export;
    }

    /** The names of the other children on record that the export's text may name (a first sieve in the database). */
    private OtherChildrenInText otherChildrenNamedIn(SubjectAccessExport export) {
        StringBuilder text = new StringBuilder();
        export.events().forEach(entry -> text.append(entry.summary()).append('\n').append(entry.record()).append('\n'));
        String lower = text.toString().toLowerCase(Locale.ROOT);
        List<OtherChildrenInText.Name> others = jdbc.query("SELECT given_name, family_name FROM child"
                        + " WHERE id <> ? AND (strpos(?, lower(given_name)) > 0 OR strpos(?, lower(family_name)) > 0)",
                (rs, n) -> new OtherChildrenInText.Name(rs.getString(1), rs.getString(2)),
                export.childId(), lower, lower);
        return OtherChildrenInText.of(others, new OtherChildrenInText.Name(export.givenName(), export.familyName()));
    }

    /** Every free-text value, however deep, with other children's names replaced (codes and ids are left alone). */
    private static Map<String, Object> freeTextRedacted(Map<String, Object> fields, OtherChildrenInText names) {
        return eachText(fields, text -> CODE.matcher(text).matches() ? text : names.redact(text));
    }

    /** The event's fields with every other child's id replaced, however deep (lists of children included). */
    static Map<String, Object> redacted(Map<String, Object> fields, Set<String> others) {
        return eachText(fields, text -> others.contains(text) ? ANOTHER_CHILD : text);
    }

    /** The fields with every text in them, however deep, changed by {@code change}. */
    private static Map<String, Object> eachText(Map<String, Object> fields, UnaryOperator<String> change) {
        Map<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((name, value) -> copy.put(name, eachText(value, change)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object eachText(Object value, UnaryOperator<String> change) {
        if (value instanceof String text) {
            return change.apply(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> eachText(v, change)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            return eachText((Map<String, Object>) map, change);
        }
        return value;
    }
}
