package scot.together.web.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import scot.together.api.RecordedBy;
import scot.together.web.problems.ApiRequests;
import scot.together.web.problems.InvalidRequest;
import scot.together.web.security.Actor;
import scot.together.web.security.CommandRoles;

/**
 * Sends commands through Axon's command gateway as the signed-in person, in a role that may
 * send the command ({@link CommandRoles}), with the request's Idempotency-Key when it has one,
 * and the fingerprint of the request it came with: the same key with any other request is then refused.
 */
@Component
public class Commands {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;
    /** Bodies that mean the same (fields in another order, other spacing) have one fingerprint. */
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final CommandGateway gateway;
    private final Actor actor;

    public Commands(CommandGateway gateway, Actor actor) {
        this.gateway = gateway;
        this.actor = actor;
    }

    /** Sends the command as the signed-in person acting in a role that may send it; 403 otherwise. */
    public <R> R send(Object command) {
        RecordedBy who = actor.as(CommandRoles.of(command.getClass()));
        Map<String, Object> metaData = who.metaData(null);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String key = idempotencyKey(request);
            if (key != null) {
                metaData.put(RecordedBy.IDEMPOTENCY_KEY, key);
                metaData.put(RecordedBy.REQUEST_FINGERPRINT, fingerprint(request));
            }
        }
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData),
                30, TimeUnit.SECONDS);
    }

    /** Printable ASCII only: a header is bytes, and anything else reads differently from one server to another. */
    private static String idempotencyKey(HttpServletRequest request) {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && (key.isEmpty() || key.length() > MAX_KEY_LENGTH
                || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f))) {
            throw new InvalidRequest("The Idempotency-Key header must be 1 to " + MAX_KEY_LENGTH
                    + " characters long, of letters, digits, spaces and ASCII punctuation only.");
        }
        return key;
    }

    /** SHA-256 of the method, the address with its query, and the body with its fields in a fixed order. */
    private static String fingerprint(HttpServletRequest request) {
        byte[] body = ApiRequests.of(request).orElse(new byte[0]);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha256.update(canonical(body));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static byte[] canonical(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            return CANONICAL.writeValueAsBytes(CANONICAL.readValue(body, Object.class));
        } catch (IOException unreadable) {
            // the body was read already to make this command; compare it byte for byte
            return body;
        }
    }
}
