package scot.together.web.api;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import scot.together.web.problems.NotFound;
import scot.together.web.security.Actor;
import scot.together.web.security.Role;

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
        actor.as(allowed);
        return gateway.query(query, ResponseTypes.instanceOf(answer)).join();
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
        actor.as(allowed);
        return gateway.query(query, ResponseTypes.multipleInstancesOf(element)).join();
    }
}
