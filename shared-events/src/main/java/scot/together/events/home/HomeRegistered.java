package scot.together.events.home;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** A home a child may live in: a foster family, a children's house, kinship carers, ... */
public record HomeRegistered(UUID homeId, String name, HomeKind kind, boolean withinAuthority,
                             LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of();
    }
}
