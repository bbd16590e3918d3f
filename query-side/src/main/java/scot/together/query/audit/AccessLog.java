package scot.together.query.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.RecordedBy;
import scot.together.api.audit.AccessLogEntry;
import scot.together.api.audit.AuditEntries;
import scot.together.api.audit.ChildAccessLog;
import scot.together.api.audit.ChildAudit;
import scot.together.api.audit.SubjectAccess;
import scot.together.api.child.ChildHistory;
import scot.together.api.child.FindChild;

/**
 * Who looked at a child's record: every query for a child's record, history, audit or
 * subject-access export that finds the child is written down with who asked (query metadata),
 * in which role, and when, before the answer leaves the query side. A query that finds nothing
 * or fails is no look and writes nothing; the web refuses what it can (role, malformed request)
 * before it asks. (Axon registers every such interceptor bean on the query bus.)
 */
@Component
public class AccessLog implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    private final JdbcTemplate jdbc;

    public AccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        QueryMessage<?, ?> query = unitOfWork.getMessage();
        Object answer = chain.proceed();
        if (!found(answer)) {
            return answer;
        }
        Object payload = query.getPayload();
        if (payload instanceof FindChild find) {
            write(find.childId(), "the child's record", query.getMetaData());
        } else if (payload instanceof ChildHistory history) {
            write(history.childId(), "the child's history", query.getMetaData());
        } else if (payload instanceof ChildAudit audit) {
            write(audit.childId(), "the child's audit history", query.getMetaData());
        } else if (payload instanceof SubjectAccess access) {
            write(access.childId(), "a subject-access export", query.getMetaData());
        }
        return answer;
    }

    /** Whether the answer shows something of the child: no child, no look. */
    private static boolean found(Object answer) {
        return answer != null && !(answer instanceof Collection<?> many && many.isEmpty())
                && !(answer instanceof AuditEntries audit && audit.entries().isEmpty());
    }

    private void write(UUID childId, String what, Map<String, ?> metaData) {
        Object viewer = metaData.get(RecordedBy.USER);
        jdbc.update("INSERT INTO query.access_log (child_id, viewer, role, what) VALUES (?, ?, ?, ?)", childId,
                viewer == null ? "the service itself" : viewer.toString(), metaData.get(RecordedBy.ROLE), what);
    }

    @QueryHandler
    public List<AccessLogEntry> handle(ChildAccessLog query) {
        return jdbc.query("SELECT viewer, role, viewed_at, what FROM query.access_log WHERE child_id = ?"
                        + " ORDER BY viewed_at DESC, id DESC",
                (rs, n) -> new AccessLogEntry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4)), query.childId());
    }
}
