package scot.together.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import scot.together.api.RecordedBy;
import scot.together.web.problems.InvalidRequest;
import scot.together.web.security.Actor;
import scot.together.web.security.CommandRoles;

/**
 * Sends commands through Axon's command gateway as the signed-in person, in a role that may
 * send the command ({@link CommandRoles}), with the request's Idempotency-Key when it has one.
 */
@Component
public class Commands {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final CommandGateway gateway;
    private final Actor actor;

    public Commands(CommandGateway gateway, Actor actor) {
        this.gateway = gateway;
        this.actor = actor;
    }

    /** Sends the command as the signed-in person acting in a role that may send it; 403 otherwise. */
    public <R> R send(Object command) {
        RecordedBy who = actor.as(CommandRoles.of(command.getClass()));
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(who.metaData(idempotencyKey())), 30, TimeUnit.SECONDS);
    }

    private static String idempotencyKey() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && (key.isEmpty() || key.length() > MAX_KEY_LENGTH)) {
            throw new InvalidRequest("The Idempotency-Key header must be 1 to " + MAX_KEY_LENGTH + " characters long.");
        }
        return key;
    }
}
