package scot.together.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import scot.together.events.CareEvent;
import scot.together.platform.EventJson;

/** Turns a logged event back into its plain-words description. */
@Component
public class Descriptions {

    private final Map<Class<?>, Describes<?>> byType;
    private final ObjectMapper json = EventJson.objectMapper();

    public Descriptions(List<Describes<?>> describers) {
        this.byType = describers.stream().collect(Collectors.toMap(Describes::type, Function.identity()));
    }

    public CareEvent read(String type, String payload) {
        try {
            return (CareEvent) json.readValue(payload, Class.forName(type));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read a logged event of type " + type, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public String describe(CareEvent event, Names names) {
        Describes describer = byType.get(event.getClass());
        return describer == null ? event.getClass().getSimpleName() : describer.describe(event, names);
    }
}
