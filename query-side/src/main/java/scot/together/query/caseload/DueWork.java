package scot.together.query.caseload;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.caseload.Due;
import scot.together.api.caseload.DueKind;
import scot.together.api.caseload.WhatIsDue;
import scot.together.api.family.SeparationStatus;
import scot.together.events.family.FamilyTimeFrequency;
import scot.together.query.exclusion.ExclusionQueries;
import scot.together.query.family.FamilyTimeQueries;

/**
 * What is due, worked out when asked from the read models (separations, family time,
 * episodes and permanence plans, exclusions) as they stand today: one place says when each
 * kind of work falls due, for a caseload, the home pages and the navigation's count alike.
 */
@Component
public class DueWork {

    /** A separation's review shows as due this many days before its review date. */
    static final int REVIEW_NOTICE_DAYS = 28;
    /** A looked-after child has a permanence plan within six months of the episode's start (domain.md). */
    static final int PERMANENCE_MONTHS = 6;

    private static final String LOOKED_AFTER = "('LOOKED_AFTER_AT_HOME', 'LOOKED_AFTER_AWAY_FROM_HOME')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DueWork(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Which children's due work is asked for: a worker's caseload today, or every child. */
    record Scope(String worker, boolean onePerRecord) {

        static Scope caseloadOf(String worker) {
            return new Scope(worker, false);
        }

        /** Every child; a record about several children (a separation) is listed once, under its first child. */
        static Scope everyChild() {
            return new Scope(null, true);
        }

        /** Every child, each record under every child it concerns (for counting by caseload). */
        static Scope eachChild() {
            return new Scope(null, false);
        }

        String filter(String childColumn) {
            return worker == null ? "TRUE" : childColumn + " IN (SELECT a.child_id FROM allocation a"
                    + " WHERE a.worker = ? AND a.during @> ?::date)";
        }

        List<Object> arguments(Date today) {
            return worker == null ? List.of() : List.of(worker, today);
        }
    }

    @QueryHandler
    public List<Due> handle(WhatIsDue query) {
        Map<String, Due> found = new LinkedHashMap<>();
        Set<DueKind> everyChild = query.forEveryChild() == null ? Set.of() : query.forEveryChild();
        if (!everyChild.isEmpty()) {
            due(Scope.everyChild(), EnumSet.copyOf(everyChild)).forEach(d -> found.putIfAbsent(key(d), d));
        }
        if (query.worker() != null) {
            due(Scope.caseloadOf(query.worker()), EnumSet.allOf(DueKind.class))
                    .forEach(d -> found.putIfAbsent(key(d), d));
        }
        return sorted(new ArrayList<>(found.values()));
    }

    private static String key(Due due) {
        return due.kind() + "/" + (due.recordId() == null ? due.childId() : due.recordId());
    }

    static List<Due> sorted(List<Due> due) {
        due.sort(Comparator.comparing(Due::dueOn).thenComparing(d -> d.kind().ordinal())
                .thenComparing(Due::childName).thenComparing(d -> d.childId().toString()));
        return due;
    }

    /** The work of these kinds due for the children in scope, in no particular order. */
    List<Due> due(Scope scope, Set<DueKind> kinds) {
        LocalDate today = LocalDate.now(clock);
        List<Due> due = new ArrayList<>();
        for (DueKind kind : kinds) {
            due.addAll(switch (kind) {
                case SEPARATION_REVIEW -> separations(scope, today, SeparationStatus.APPROVED, kind);
                case SEPARATION_DECISION -> separations(scope, today, SeparationStatus.REQUESTED, kind);
                case EXCLUSION_DECISION -> exclusions(scope, today);
                case FAMILY_TIME -> familyTime(scope, today);
                case PERMANENCE_PLAN -> permanence(scope, today);
            });
        }
        return due;
    }

    /** Reviews of approved separations due within four weeks or overdue; requests waiting for a decision. */
    private List<Due> separations(Scope scope, LocalDate today, SeparationStatus status, DueKind kind) {
        Date day = Date.valueOf(today);
        boolean review = kind == DueKind.SEPARATION_REVIEW;
        List<Object> args = new ArrayList<>();
        args.add(status.name());
        if (review) {
            args.add(Date.valueOf(today.plusDays(REVIEW_NOTICE_DAYS)));
        }
        args.addAll(scope.arguments(day));
        return jdbc.query("""
                SELECT sc.child_id, c.given_name || ' ' || c.family_name AS name, sp.id,
                       %s AS due_on
                FROM separation sp
                JOIN separation_child sc ON sc.separation_id = sp.id
                JOIN child c ON c.id = sc.child_id
                WHERE sp.status = ? %s AND %s %s
                """.formatted(review ? "sp.review_by" : "sp.requested_on",
                        review ? "AND sp.review_by <= ?" : "", scope.filter("sc.child_id"),
                        scope.onePerRecord() ? "AND sc.position = 0" : ""),
                (rs, row) -> due(kind, rs.getObject("child_id", UUID.class), rs.getString("name"),
                        rs.getObject("id", UUID.class), rs.getDate("due_on").toLocalDate(), today, 1, review),
                args.toArray());
    }

    /** Formal exclusions waiting for the heads, due by the day they would start. */
    private List<Due> exclusions(Scope scope, LocalDate today) {
        Date day = Date.valueOf(today);
        return jdbc.query(ExclusionQueries.EXCLUSIONS + " WHERE e.formal AND s.standing_status = 'PENDING' AND "
                        + scope.filter("e.child_id"),
                (rs, row) -> due(DueKind.EXCLUSION_DECISION, rs.getObject("child_id", UUID.class), null,
                        rs.getObject("id", UUID.class), rs.getDate("start_date").toLocalDate(), today, 1, true),
                scope.arguments(day).toArray())
                .stream().map(this::named).toList();
    }

    /** Family time plans in force with fewer sessions recorded than their dates so far. */
    private List<Due> familyTime(Scope scope, LocalDate today) {
        Date day = Date.valueOf(today);
        List<Object> args = new ArrayList<>(List.of(day, day, day));
        args.addAll(scope.arguments(day));
        List<Due> due = new ArrayList<>();
        jdbc.query("""
                SELECT pc.child_id, c.given_name || ' ' || c.family_name AS name, p.id, p.how_often, p.start_date,
                       p.end_date,
                       (SELECT count(*) FROM family_time_session s
                        WHERE s.plan_id = p.id AND s.session_date <= ?) AS recorded
                FROM family_time_plan p
                JOIN family_time_plan_child pc ON pc.plan_id = p.id
                JOIN child c ON c.id = pc.child_id
                WHERE p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?) AND %s %s
                """.formatted(scope.filter("pc.child_id"), scope.onePerRecord() ? "AND pc.position = 0" : ""),
                rs -> {
                    FamilyTimeFrequency howOften = FamilyTimeFrequency.valueOf(rs.getString("how_often"));
                    LocalDate start = rs.getDate("start_date").toLocalDate();
                    LocalDate end = rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate();
                    long planned = FamilyTimeQueries.due(howOften, start, end, start, today);
                    long missing = planned - rs.getLong("recorded");
                    if (planned > 0 && missing > 0) {
                        LocalDate last = FamilyTimeQueries.dateOf(howOften, start, planned - 1);
                        due.add(due(DueKind.FAMILY_TIME, rs.getObject("child_id", UUID.class), rs.getString("name"),
                                rs.getObject("id", UUID.class), last, today, (int) missing, true));
                    }
                }, args.toArray());
        return due;
    }

    /** Looked-after children with no permanence plan since their episode began: due six months after it. */
    private List<Due> permanence(Scope scope, LocalDate today) {
        Date day = Date.valueOf(today);
        List<Object> args = new ArrayList<>(List.of(day, day, day));
        args.addAll(scope.arguments(day));
        return jdbc.query("""
                SELECT e.child_id, c.given_name || ' ' || c.family_name AS name, e.start_date
                FROM episode e
                JOIN child c ON c.id = e.child_id
                JOIN care_status s ON s.episode_id = e.id AND s.during @> ?::date
                WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)
                  AND s.category IN %s
                  AND NOT EXISTS (SELECT 1 FROM permanence_plan pp
                                  WHERE pp.child_id = e.child_id AND pp.agreed_on >= e.start_date)
                  AND %s
                """.formatted(LOOKED_AFTER, scope.filter("e.child_id")),
                (rs, row) -> due(DueKind.PERMANENCE_PLAN, rs.getObject("child_id", UUID.class), rs.getString("name"),
                        null, rs.getDate("start_date").toLocalDate().plusMonths(PERMANENCE_MONTHS), today, 1, true),
                args.toArray());
    }

    private static Due due(DueKind kind, UUID child, String name, UUID record, LocalDate dueOn, LocalDate today,
                           int count, boolean canBeOverdue) {
        return new Due(kind, child, name, record, dueOn, canBeOverdue && dueOn.isBefore(today), count);
    }

    private Due named(Due due) {
        String name = jdbc.query("SELECT given_name || ' ' || family_name FROM child WHERE id = ?",
                rs -> rs.next() ? rs.getString(1) : "A child not yet known", due.childId());
        return new Due(due.kind(), due.childId(), name, due.recordId(), due.dueOn(), due.overdue(), due.count());
    }
}
