package scot.together.command.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import scot.together.events.accounts.UserAccountCreated;
import scot.together.events.accounts.UserAccountOpened;
import scot.together.events.home.HomeKind;
import scot.together.events.home.HomeRegistered;
import scot.together.platform.EventJson;
import scot.together.platform.UserAccountCreatedUpcaster;

/** An account opened before credentials left the events is read without its hash, as a UserAccountOpened. */
class UserAccountCreatedUpcasterTest {

    final Serializer json = JacksonSerializer.builder().objectMapper(EventJson.objectMapper()).build();

    @Test
    void theOldEventIsReadAsAnAccountOpenedAndItsHashIsNeverRead() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        Object read = upcast(new UserAccountCreated("ailsa", "Ailsa Grant", Set.of("ADMIN"),
                "{bcrypt}$2a$04$secretsecretsecretsecre", day));

        assertThat(read).isEqualTo(new UserAccountOpened("ailsa", "Ailsa Grant", Set.of("ADMIN"), day));
    }

    @Test
    void otherEventsAreLeftAsTheyAre() {
        HomeRegistered home = new HomeRegistered(java.util.UUID.randomUUID(), "Birch House", HomeKind.RESIDENTIAL,
                true, LocalDate.of(2024, 3, 1));
        assertThat(upcast(home)).isEqualTo(home);
    }

    private Object upcast(Object event) {
        SerializedObject<byte[]> payload = json.serialize(event, byte[].class);
        SerializedObject<byte[]> metaData = json.serialize(org.axonframework.messaging.MetaData.emptyInstance(),
                byte[].class);
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("UserAccount", "ailsa", 0, "e1",
                Instant.now(), payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                metaData.getData());
        List<IntermediateEventRepresentation> upcast = new UserAccountCreatedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, json))).toList();
        assertThat(upcast).hasSize(1);
        IntermediateEventRepresentation result = upcast.get(0);
        assertThat(new String(result.getData(byte[].class).getData())).doesNotContain("passwordHash")
                .doesNotContain("$2a$");
        return json.deserialize(result.getData());
    }
}
