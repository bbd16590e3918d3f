package scot.together.query.caseload;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.caseload.CaseloadChild;
import scot.together.api.caseload.ChildDecisions;
import scot.together.api.caseload.ChildDecisionsView;
import scot.together.api.caseload.Due;
import scot.together.api.caseload.DueKind;
import scot.together.api.caseload.FindCaseload;
import scot.together.api.caseload.PastDecision;
import scot.together.api.caseload.PastDecisions;
import scot.together.api.caseload.ProposedMove;
import scot.together.api.caseload.ProposedMoves;
import scot.together.api.caseload.TeamCaseloads;
import scot.together.api.caseload.WorkerCaseload;
import scot.together.api.family.SeparationStatus;
import scot.together.query.exclusion.ExclusionQueries;

/**
 * A worker's caseload with where each child lives and what is due, every team's caseload, and
 * the decisions around a child or waiting for the heads, with the move a request is for.
 */
@Component
public class CaseloadQueries {

    private final JdbcTemplate jdbc;
    private final DueWork dueWork;
    private final Clock clock;

    public CaseloadQueries(JdbcTemplate jdbc, DueWork dueWork, Clock clock) {
        this.jdbc = jdbc;
        this.dueWork = dueWork;
        this.clock = clock;
    }

    @QueryHandler
    public List<CaseloadChild> handle(FindCaseload query) {
        Date today = Date.valueOf(LocalDate.now(clock));
        Map<UUID, List<Due>> due = new HashMap<>();
        for (Due d : dueWork.due(DueWork.Scope.caseloadOf(query.worker()), EnumSet.allOf(DueKind.class))) {
            due.computeIfAbsent(d.childId(), id -> new ArrayList<>()).add(d);
        }
        return jdbc.query("""
                SELECT a.child_id, c.given_name, c.family_name, c.date_of_birth, a.worker, a.team, a.from_date,
                       h.home_id, hm.name AS home_name
                FROM allocation a
                JOIN child c ON c.id = a.child_id
                LEFT JOIN child_home h ON h.child_id = a.child_id AND h.during @> ?::date
                LEFT JOIN home hm ON hm.id = h.home_id
                WHERE a.worker = ? AND a.during @> ?::date
                ORDER BY c.family_name, c.given_name, c.date_of_birth, c.id OFFSET ? LIMIT ?
                """, (rs, row) -> {
            UUID child = rs.getObject("child_id", UUID.class);
            return new CaseloadChild(child, rs.getString("given_name"), rs.getString("family_name"),
                    rs.getDate("date_of_birth").toLocalDate(), rs.getObject("home_id", UUID.class),
                    rs.getString("home_name"), rs.getString("worker"), rs.getString("team"),
                    rs.getDate("from_date").toLocalDate(),
                    DueWork.sorted(new ArrayList<>(due.getOrDefault(child, List.of()))));
        }, today, query.worker(), today, query.slice().offset(), query.slice().limit());
    }

    @QueryHandler
    public List<WorkerCaseload> handle(TeamCaseloads query) {
        Date today = Date.valueOf(LocalDate.now(clock));
        Map<UUID, String> workerOf = new HashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<WorkerCaseload> rows = new ArrayList<>();
        jdbc.query("""
                SELECT a.team, a.worker, a.child_id FROM allocation a WHERE a.during @> ?::date
                ORDER BY a.team, a.worker
                """, rs -> {
            String key = rs.getString("team") + "\n" + rs.getString("worker");
            workerOf.put(rs.getObject("child_id", UUID.class), key);
            counts.computeIfAbsent(key, k -> new int[3])[0]++;
        }, today);
        for (Due d : dueWork.due(DueWork.Scope.eachChild(), EnumSet.allOf(DueKind.class))) {
            String key = workerOf.get(d.childId());
            if (key != null) {
                counts.get(key)[1]++;
                if (d.overdue()) {
                    counts.get(key)[2]++;
                }
            }
        }
        counts.forEach((key, c) -> {
            String[] teamAndWorker = key.split("\n", 2);
            rows.add(new WorkerCaseload(teamAndWorker[0], teamAndWorker[1], c[0], c[1], c[2]));
        });
        return query.slice().of(rows);
    }

    @QueryHandler
    public List<ProposedMove> handle(ProposedMoves query) {
        return jdbc.query("""
                SELECT m.child_id, m.home_id, h.name, h.kind, h.within_authority, m.move_on
                FROM proposed_move m LEFT JOIN home h ON h.id = m.home_id
                WHERE m.separation_id = ? ORDER BY m.move_on, m.child_id
                """, (rs, row) -> new ProposedMove(rs.getObject("child_id", UUID.class),
                rs.getObject("home_id", UUID.class), rs.getString("name"), rs.getString("kind"),
                rs.getBoolean("within_authority"), rs.getDate("move_on").toLocalDate()), query.separationId());
    }

    @QueryHandler
    public ChildDecisionsView handle(ChildDecisions query) {
        UUID child = query.childId();
        List<ChildDecisionsView.SeparationWaiting> waiting = jdbc.query("""
                SELECT sp.id, sp.requested_by, sp.requested_on,
                       array(SELECT c.child_id FROM separation_child c WHERE c.separation_id = sp.id
                             ORDER BY c.position) AS child_ids
                FROM separation sp JOIN separation_child sc ON sc.separation_id = sp.id
                WHERE sc.child_id = ? AND sp.status = ?
                ORDER BY sp.requested_on, sp.id
                """, (rs, row) -> {
            UUID id = rs.getObject("id", UUID.class);
            List<ProposedMove> moves = handle(new ProposedMoves(id));
            ProposedMove move = moves.stream().filter(m -> m.childId().equals(child)).findFirst()
                    .orElse(moves.isEmpty() ? null : moves.get(0));
            return new ChildDecisionsView.SeparationWaiting(id, uuids(rs.getArray("child_ids")),
                    rs.getString("requested_by"), rs.getDate("requested_on").toLocalDate(), move);
        }, child, SeparationStatus.REQUESTED.name());
        List<ChildDecisionsView.Exclusion> exclusions = jdbc.query(ExclusionQueries.EXCLUSIONS
                        + " WHERE e.child_id = ? ORDER BY e.start_date DESC, e.id",
                (rs, row) -> new ChildDecisionsView.Exclusion(rs.getObject("id", UUID.class), rs.getBoolean("formal"),
                        rs.getString("school"), rs.getDate("start_date").toLocalDate(), rs.getInt("days"),
                        rs.getString("standing_status")), child);
        List<ChildDecisionsView.FamilyTimeSession> sessions = jdbc.query("""
                SELECT s.plan_id, s.session_date, s.happened, s.why_not
                FROM family_time_session s
                JOIN family_time_plan_child pc ON pc.plan_id = s.plan_id AND pc.child_id = ?
                ORDER BY s.session_date DESC, s.session_id LIMIT 20
                """, (rs, row) -> new ChildDecisionsView.FamilyTimeSession(rs.getObject("plan_id", UUID.class),
                rs.getDate("session_date").toLocalDate(), rs.getBoolean("happened"), rs.getString("why_not")), child);
        List<ChildDecisionsView.Allocation> allocation = jdbc.query("""
                SELECT a.worker, a.team, a.from_date FROM allocation a
                WHERE a.child_id = ? AND a.during @> ?::date
                """, (rs, row) -> new ChildDecisionsView.Allocation(rs.getString("worker"), rs.getString("team"),
                rs.getDate("from_date").toLocalDate()), child, Date.valueOf(LocalDate.now(clock)));
        return new ChildDecisionsView(allocation.isEmpty() ? null : allocation.get(0), waiting, exclusions,
                sessions);
    }

    @QueryHandler
    public List<PastDecision> handle(PastDecisions query) {
        return switch (query.kind()) {
            case SEPARATIONS -> separationsDecided();
            case EXCLUSIONS -> exclusions("s.standing_status IN ('APPROVED', 'REFUSED')");
            case EXCLUSIONS_WAITING -> exclusions("e.formal AND s.standing_status = 'PENDING'");
        };
    }

    /** Separations approved or refused, newest decision first, each with the head's comment from its event. */
    private List<PastDecision> separationsDecided() {
        return jdbc.query("""
                SELECT sp.id, sp.status, sp.reason, sp.decided_by, l.role, l.recorded_at,
                       coalesce(l.payload ->> 'comment', l.payload ->> 'reason') AS comment,
                       array(SELECT c.child_id FROM separation_child c WHERE c.separation_id = sp.id
                             ORDER BY c.position) AS child_ids,
                       array(SELECT coalesce(ch.given_name || ' ' || ch.family_name, 'A child not yet known')
                             FROM separation_child c LEFT JOIN child ch ON ch.id = c.child_id
                             WHERE c.separation_id = sp.id ORDER BY c.position) AS child_names,
                       CASE WHEN l.event_type LIKE '%SeparationRefused' THEN 'REFUSED' ELSE 'APPROVED' END AS decision
                FROM separation sp
                LEFT JOIN event_log l ON l.event_id = sp.decision_event
                WHERE sp.decided_by IS NOT NULL AND sp.status <> ?
                ORDER BY sp.decided_on DESC, l.recorded_at DESC NULLS LAST, sp.id LIMIT ?
                """, (rs, row) -> new PastDecision(rs.getObject("id", UUID.class), uuids(rs.getArray("child_ids")),
                strings(rs.getArray("child_names")), rs.getString("status"), rs.getString("reason"),
                List.of(new PastDecision.Decision(rs.getString("decided_by"), rs.getString("role"),
                        rs.getString("decision"), rs.getString("comment"),
                        rs.getTimestamp("recorded_at") == null ? null : rs.getTimestamp("recorded_at").toInstant()))),
                SeparationStatus.REQUESTED.name(), PastDecisions.LIMIT);
    }

    /** Exclusions in a standing, newest decision (or proposal) first, with each head's decision and comment. */
    private List<PastDecision> exclusions(String standing) {
        List<PastDecision> decided = jdbc.query("SELECT q.*, (SELECT ch.given_name || ' ' || ch.family_name"
                        + " FROM child ch WHERE ch.id = q.child_id) AS child_name FROM ("
                        + ExclusionQueries.EXCLUSIONS + " WHERE " + standing + ") q"
                        + " ORDER BY q.standing_decided_at DESC NULLS LAST, q.proposed_at DESC, q.id LIMIT ?",
                (rs, row) -> new PastDecision(rs.getObject("id", UUID.class),
                        List.of(rs.getObject("child_id", UUID.class)),
                        List.of(rs.getString("child_name")),
                        rs.getString("standing_status"),
                        rs.getString("school") + ", " + rs.getInt("days") + (rs.getInt("days") == 1 ? " day" : " days"),
                        new ArrayList<>()),
                PastDecisions.LIMIT);
        Map<UUID, PastDecision> byId = new HashMap<>();
        decided.forEach(d -> byId.put(d.recordId(), d));
        if (!decided.isEmpty()) {
            jdbc.query("""
                    SELECT d.exclusion_id, d.decided_by, d.role, d.decision, d.comment, d.decided_at
                    FROM exclusion_decision d WHERE d.exclusion_id = ANY (?::uuid[])
                    ORDER BY d.decided_at, d.event_id
                    """, rs -> {
                byId.get(rs.getObject("exclusion_id", UUID.class)).decisions().add(new PastDecision.Decision(
                        rs.getString("decided_by"), rs.getString("role"), rs.getString("decision"),
                        rs.getString("comment"), rs.getTimestamp("decided_at").toInstant()));
            }, (Object) byId.keySet().toArray(new UUID[0]));
        }
        return decided.stream().map(d -> new PastDecision(d.recordId(), d.childIds(), d.childNames(), d.outcome(),
                d.about(), List.copyOf(d.decisions()))).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }
}
