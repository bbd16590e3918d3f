package scot.together.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a long history straight into the JDBC event store, fast: each of the {@link Stories},
 * recorded once by the real aggregates, is copied many times with {@code COPY}, every copy with
 * new identities (children, records, events, correlation ids), a new pseudonym, and all its
 * dates (effective, recorded, stored) moved the same number of days back, up to a century.
 * The rules the aggregates checked hold within a story and are unchanged by a shift in time;
 * stories share only the homes, which no rule ties to a date. The JSON is the service's own,
 * byte for byte apart from what is replaced. Copies still looked after at the end are moved back
 * by at most a year; the rest ended long ago or recently. Oldest copies are stored first.
 */
final class History {

    private static final Pattern REPLACED = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" // an identity
                    + "|(?<=\")\\d{4}-\\d{2}-\\d{2}"                          // a date, or an instant's day
                    + "|(?<=\")C-[A-Z2-9]{8}(?=\")");                         // a child's pseudonym
    private static final char[] PSEUDONYM_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final String COPY = "COPY events.domain_event_entry (event_identifier, meta_data, payload,"
            + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) FROM STDIN";
    private static final int ROWS_A_COPY = 50_000;
    private static final int CENTURY_DAYS = 365 * 75;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Set<String> kept;
    private final Random random = new Random(42);
    private long pseudonyms = 1;
    /** The children of each copy still looked after at the end, by group of brothers and sisters. */
    private final List<List<UUID>> stillLookedAfter = new ArrayList<>();

    History(DataSource dataSource, Set<UUID> homes) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.kept = new HashSet<>();
        homes.forEach(home -> kept.add(home.toString()));
    }

    List<List<UUID>> stillLookedAfter() {
        return stillLookedAfter;
    }

    /** What was written. */
    record Written(long events, int copies, int children, int stillLookedAfter, double seconds) {
        String describe() {
            return String.format(Locale.ROOT, "generated %,d events (%,d stories, %,d children, %,d still looked"
                    + " after) in %.1f s = %,.0f events/s", events, copies, children, stillLookedAfter, seconds,
                    events / seconds);
        }
    }

    /**
     * Copies the stories until about {@code events} events are stored, {@code stillLookedAfter}
     * children of them in care at the end.
     */
    Written write(List<Stories.Story> stories, long events, int stillLookedAfter) throws SQLException {
        List<Template> ended = new ArrayList<>();
        List<Template> open = new ArrayList<>();
        for (Stories.Story story : stories) {
            (story.stillLookedAfter() ? open : ended).add(template(story));
        }
        // choose every copy first, then store them oldest first, as they would have been recorded
        List<long[]> copies = new ArrayList<>(); // {template index, days back}
        List<Template> all = new ArrayList<>(ended);
        all.addAll(open);
        long planned = 0;
        int children = 0;
        int inCare = 0;
        while (inCare < stillLookedAfter) {
            int which = random.nextInt(open.size());
            Template template = open.get(which);
            copies.add(new long[] {ended.size() + which, random.nextInt(365)});
            planned += template.rows.size();
            inCare += template.children;
            children += template.children;
        }
        while (planned < events) {
            int which = random.nextInt(ended.size());
            Template template = ended.get(which);
            copies.add(new long[] {which, random.nextInt(CENTURY_DAYS)});
            planned += template.rows.size();
            children += template.children;
        }
        copies.sort(Comparator.comparingLong((long[] copy) -> -copy[1]));

        long start = System.nanoTime();
        long written = 0;
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            Buffer buffer = new Buffer();
            int inThisCopy = 0;
            for (long[] copy : copies) {
                Template template = all.get((int) copy[0]);
                inThisCopy += template.write(buffer, (int) copy[1], this);
                if (inThisCopy >= ROWS_A_COPY) {
                    written += flush(pg, buffer, inThisCopy);
                    inThisCopy = 0;
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "  generating: %,d of %,d events, %,.0f events/s%n", written,
                            planned, written / seconds);
                }
            }
            written += flush(pg, buffer, inThisCopy);
        }
        return new Written(written, copies.size(), children, inCare, (System.nanoTime() - start) / 1e9);
    }

    private static int flush(PGConnection pg, Buffer buffer, int rows) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        CopyIn copy = pg.getCopyAPI().copyIn(COPY);
        copy.writeToCopy(buffer.bytes(), 0, buffer.size());
        copy.endCopy();
        buffer.reset();
        return rows;
    }

    private Template template(Stories.Story story) {
        List<Row> rows = jdbc.query("SELECT event_identifier, convert_from(meta_data, 'UTF8') AS meta_data,"
                        + " convert_from(payload, 'UTF8') AS payload, payload_revision, payload_type, time_stamp,"
                        + " aggregate_identifier, sequence_number, type FROM events.domain_event_entry"
                        + " WHERE global_index > ? AND global_index <= ? ORDER BY global_index",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Instant.parse(rs.getString(6)), rs.getString(7), rs.getLong(8),
                        rs.getString(9)),
                story.from(), story.to());
        Map<String, Integer> slots = new HashMap<>();
        List<CompiledRow> compiled = new ArrayList<>();
        List<Integer> childSlots = new ArrayList<>();
        for (Row row : rows) {
            if (row.payloadType.endsWith(".ChildRegistered")) {
                childSlots.add(slots.computeIfAbsent(row.aggregateId, f -> slots.size()));
            }
            compiled.add(new CompiledRow(compile(row.eventId, slots), compile(row.metaData, slots),
                    compile(row.payload, slots), row.revision, row.payloadType, row.storedAt,
                    compile(row.aggregateId, slots), row.sequence, row.type));
        }
        return new Template(story.name(), compiled, slots.size(), story.children(), childSlots,
                story.stillLookedAfter());
    }

    /** A text as parts: literal text, identities and pseudonyms (numbered slots), and dates. */
    private List<Object> compile(String text, Map<String, Integer> slots) {
        List<Object> parts = new ArrayList<>();
        if (text == null) {
            return null;
        }
        Matcher matcher = REPLACED.matcher(text);
        int at = 0;
        while (matcher.find()) {
            String found = matcher.group();
            if (found.length() == 36 && kept.contains(found)) {
                continue;
            }
            parts.add(text.substring(at, matcher.start()));
            if (found.length() == 10 && found.charAt(4) == '-') {
                parts.add(LocalDate.parse(found));
            } else {
                parts.add(new Slot(slots.computeIfAbsent(found, f -> slots.size()), found.startsWith("C-")));
            }
            at = matcher.end();
        }
        parts.add(text.substring(at));
        return parts;
    }

    private String newPseudonym() {
        // distinct for every copy: a counter spread over the letters by an odd multiplier (a bijection mod 32^8)
        long n = (pseudonyms++ * 0x9E3779B1L) & ((1L << 40) - 1);
        char[] letters = new char[10];
        letters[0] = 'C';
        letters[1] = '-';
        for (int i = 9; i >= 2; i--) {
            letters[i] = PSEUDONYM_LETTERS[(int) (n & 31)];
            n >>>= 5;
        }
        return new String(letters);
    }

    private record Slot(int index, boolean pseudonym) {
    }

    private record Row(String eventId, String metaData, String payload, String revision, String payloadType,
                       Instant storedAt, String aggregateId, long sequence, String type) {
    }

    private record CompiledRow(List<Object> eventId, List<Object> metaData, List<Object> payload, String revision,
                               String payloadType, Instant storedAt, List<Object> aggregateId, long sequence,
                               String type) {
    }

    private record Template(String name, List<CompiledRow> rows, int slots, int children, List<Integer> childSlots,
                            boolean open) {

        int write(Buffer out, int daysBack, History history) {
            String[] values = new String[slots];
            StringBuilder text = new StringBuilder(1024);
            for (CompiledRow row : rows) {
                out.text(render(row.eventId, values, daysBack, history, text)).tab();
                out.bytea(render(row.metaData, values, daysBack, history, text)).tab();
                out.bytea(render(row.payload, values, daysBack, history, text)).tab();
                out.text(row.revision).tab();
                out.text(row.payloadType).tab();
                out.text(row.storedAt.minus(daysBack, ChronoUnit.DAYS).toString()).tab();
                out.text(render(row.aggregateId, values, daysBack, history, text)).tab();
                out.text(Long.toString(row.sequence)).tab();
                out.text(row.type).newLine();
            }
            if (open) {
                history.stillLookedAfter.add(childSlots.stream().map(slot -> UUID.fromString(values[slot])).toList());
            }
            return rows.size();
        }

        private static String render(List<Object> parts, String[] values, int daysBack, History history,
                                     StringBuilder text) {
            if (parts == null) {
                return null;
            }
            text.setLength(0);
            for (Object part : parts) {
                if (part instanceof String literal) {
                    text.append(literal);
                } else if (part instanceof LocalDate date) {
                    text.append(date.minusDays(daysBack));
                } else {
                    Slot slot = (Slot) part;
                    if (values[slot.index()] == null) {
                        values[slot.index()] = slot.pseudonym() ? history.newPseudonym() : UUID.randomUUID().toString();
                    }
                    text.append(values[slot.index()]);
                }
            }
            return text.toString();
        }
    }

    /** COPY's text format: tab-separated, \\N for null, bytea as \\\\x and hex digits. Unsynchronised. */
    private static final class Buffer {
        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        private byte[] bytes = new byte[16 << 20];
        private int size;

        byte[] bytes() {
            return bytes;
        }

        int size() {
            return size;
        }

        void reset() {
            size = 0;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        private void put(byte b) {
            bytes[size++] = b;
        }

        Buffer text(String value) {
            if (value == null) {
                room(2);
                put((byte) '\\');
                put((byte) 'N');
            } else {
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                room(utf8.length); // identities, type names, instants: nothing to escape
                System.arraycopy(utf8, 0, bytes, size, utf8.length);
                size += utf8.length;
            }
            return this;
        }

        Buffer bytea(String value) {
            if (value == null) {
                return text(null);
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            room(3 + 2 * utf8.length);
            put((byte) '\\');
            put((byte) '\\');
            put((byte) 'x');
            for (byte b : utf8) {
                put(HEX[(b >> 4) & 15]);
                put(HEX[b & 15]);
            }
            return this;
        }

        Buffer tab() {
            room(1);
            put((byte) '\t');
            return this;
        }

        void newLine() {
            room(1);
            put((byte) '\n');
        }
    }
}
