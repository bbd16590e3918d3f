package scot.together.web.api;

import java.util.List;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import scot.together.api.RecordedBy;
import scot.together.web.problems.NotFound;
import scot.together.web.security.Actor;
import scot.together.api.Role;

/** Asks the query side through Axon's query gateway, for someone in one of the allowed roles. */
@Component
public class Queries {

    private final QueryGateway gateway;
    private final Actor actor;

    public Queries(QueryGateway gateway, Actor actor) {
        this.gateway = gateway;
        this.actor = actor;
    }

    public <R> R one(Object query, Class<R> answer, Role... allowed) {
        return gateway.query(asking(query, actor.as(allowed)), ResponseTypes.instanceOf(answer)).join();
    }

    /** The answer, or 404 with the detail given when there is none. */
    public <R> R found(Object query, Class<R> answer, String notFound, Role... allowed) {
        R found = one(query, answer, allowed);
        if (found == null) {
            throw new NotFound(notFound);
        }
        return found;
    }

    public <R> List<R> list(Object query, Class<R> element, Role... allowed) {
        return gateway.query(asking(query, actor.as(allowed)), ResponseTypes.multipleInstancesOf(element)).join();
    }

    /** The query with who asks, in which role, as metadata: the query side logs every look at a child's record. */
    private static Message<?> asking(Object query, RecordedBy who) {
        return new GenericMessage<>(query, who.metaData(null));
    }
}
