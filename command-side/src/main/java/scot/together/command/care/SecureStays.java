package scot.together.command.care;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A child's stays in secure care as recorded, read under the child's lock so that two admissions never both pass. */
public interface SecureStays {

    /**
     * Takes the child's lock until the transaction ends, then answers a recorded stay that a
     * stay beginning on {@code admittedOn} (open until a discharge) would overlap, if any.
     */
    Optional<Stay> overlapping(UUID childId, LocalDate admittedOn);

    /** {@code discharged} is null while the child is still in secure care. */
    record Stay(UUID stayId, LocalDate admitted, LocalDate discharged) {
    }
}
