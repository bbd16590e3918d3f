package scot.together.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * Commands, queries and answers are serialized only when they cross Axon Server (the split
 * deployment): a list of answers must arrive as answers, not as maps.
 */
class MessagesAcrossAxonServerTest {

    record Entry(UUID id, LocalDate day, List<String> names, Map<String, Object> details) {
    }

    private final Serializer messages = new AxonPlatformConfiguration().messageSerializer();

    private Object roundTrip(Object value) {
        SerializedObject<byte[]> sent = messages.serialize(value, byte[].class);
        return messages.deserialize(sent);
    }

    @Test
    void aListOfAnswersArrivesAsAnswers() {
        List<Entry> answers = List.of(new Entry(UUID.randomUUID(), LocalDate.of(2025, 1, 1), List.of("Ann", "Ben"),
                Map.of("homes", 2)), new Entry(UUID.randomUUID(), null, List.of(), Map.of()));
        Object received = roundTrip(answers);
        assertThat(ResponseTypes.multipleInstancesOf(Entry.class).convert(received)).isEqualTo(answers);
    }

    @Test
    void aQuerysResponseTypeAndASingleAnswerCrossToo() {
        ResponseType<List<Entry>> type = ResponseTypes.multipleInstancesOf(Entry.class);
        assertThat(roundTrip(type)).isEqualTo(type);
        Entry one = new Entry(UUID.randomUUID(), LocalDate.of(2024, 2, 29), List.of("Cal"), Map.of("note", "x"));
        assertThat(roundTrip(one)).isEqualTo(one);
    }
}
