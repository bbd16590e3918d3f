package scot.together.query.freshness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.query.rebuild.ReadModels;

/**
 * How far each read model's segments have committed, read from the token store rather than
 * from this process's processors: with several query sides each holds only some of the
 * segments, and a read model is only as fresh as its slowest segment, wherever it runs.
 */
@Component
class CommittedPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String sql;

    CommittedPositions(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer, TokenSchema schema) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.sql = "SELECT " + schema.processorNameColumn() + ", " + schema.segmentColumn() + ", "
                + schema.tokenColumn() + ", " + schema.tokenTypeColumn() + " FROM " + schema.tokenTable();
    }

    /** A segment of a read model and the position it has committed. */
    record SegmentAt(String processor, Segment segment, TrackingToken token, boolean rebuilding) {

        /** The position of the last event it has taken in; -1 before the first. */
        long position() {
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            return position.orElse(-1L);
        }

        /** The positions before its own that it passed over, their events not yet committed when it read on. */
        SortedSet<Long> gaps() {
            return gapsOf(token);
        }

        /** Whether it has taken in (or passed, not handling it) the event at that position. */
        boolean hasTakenIn(long eventPosition) {
            return position() >= eventPosition && !gaps().contains(eventPosition);
        }
    }

    /** The positions a token passed over before their events were committed (none but in PostgreSQL). */
    static SortedSet<Long> gapsOf(TrackingToken token) {
        return token instanceof GapAwareTrackingToken gapAware ? gapAware.getGaps() : Collections.emptySortedSet();
    }

    /** Every read model's segments, by processor name. */
    Map<String, List<SegmentAt>> read() {
        record Row(String processor, int segment, byte[] token, String type) {
        }
        List<Row> rows = jdbc.query(sql, (rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getBytes(3),
                rs.getString(4)));
        Map<String, List<Row>> byProcessor = new HashMap<>();
        rows.forEach(row -> byProcessor.computeIfAbsent(row.processor(), p -> new ArrayList<>()).add(row));
        Map<String, List<SegmentAt>> segments = new HashMap<>();
        byProcessor.forEach((processor, its) -> {
            int[] ids = its.stream().mapToInt(Row::segment).toArray();
            segments.put(processor, its.stream().map(row -> at(processor, Segment.computeSegment(row.segment(), ids),
                    row.token() == null ? null : serializer.deserialize(
                            new SimpleSerializedObject<>(row.token(), byte[].class, row.type(), null)))).toList());
        });
        return segments;
    }

    private static SegmentAt at(String processor, Segment segment, Object stored) {
        TrackingToken token = (TrackingToken) stored;
        if (token instanceof ReplayToken) {
            return new SegmentAt(processor, segment, WrappedToken.unwrapLowerBound(token),
                    ReadModels.stillRebuilding(token));
        }
        return new SegmentAt(processor, segment, token == null ? null : WrappedToken.unwrapLowerBound(token), false);
    }
}
