package scot.together.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import scot.together.events.accounts.UserAccountCreated;
import scot.together.events.accounts.UserAccountOpened;

/**
 * Reads every stored {@link UserAccountCreated} as a {@link UserAccountOpened}, dropping the
 * password hash the old event holds before anything can read it: aggregates, look-ups, read
 * models, histories and exports never see it. The stored event itself is never changed.
 * Accounts opened this way have no password until an administrator sets one.
 */
public class UserAccountCreatedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType CREATED = new SimpleSerializedType(UserAccountCreated.class.getName(), null);
    private static final SimpleSerializedType OPENED = new SimpleSerializedType(UserAccountOpened.class.getName(), null);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return CREATED.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(OPENED, JsonNode.class, payload -> {
            ((ObjectNode) payload).remove("passwordHash");
            return payload;
        });
    }
}
