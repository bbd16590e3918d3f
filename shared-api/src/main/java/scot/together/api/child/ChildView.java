package scot.together.api.child;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareCategory;

public record ChildView(UUID id, String givenName, String familyName, LocalDate dateOfBirth, CareCategory category,
                        UUID homeId, List<BrotherOrSister> brothersAndSisters, String councilReference) {

    public record BrotherOrSister(UUID childId, String kind) {
    }
}
