package scot.together.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who sends a command and in which role, as command metadata. The web takes it from the
 * signed-in user, never from the request body; Axon copies {@link #USER} and {@link #ROLE}
 * onto every event the command records.
 */
public record RecordedBy(String user, String role, Set<String> roles) {

    public static final String USER = "recordedBy";
    public static final String ROLE = "role";
    public static final String ROLES = "roles";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** A hash of the request that carried the Idempotency-Key (method, address, body): a reused key must match it. */
    public static final String REQUEST_FINGERPRINT = "requestFingerprint";

    public Map<String, Object> metaData(String idempotencyKey) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(USER, user);
        metaData.put(ROLE, role);
        metaData.put(ROLES, String.join(",", roles));
        if (idempotencyKey != null) {
            metaData.put(IDEMPOTENCY_KEY, idempotencyKey);
        }
        return metaData;
    }

    public static RecordedBy from(Map<String, ?> metaData) {
        Object roles = metaData.get(ROLES);
        return new RecordedBy((String) metaData.get(USER), (String) metaData.get(ROLE),
                roles == null || roles.toString().isBlank() ? Set.of() : Set.of(roles.toString().split(",")));
    }
}
