package scot.together.api.caseload;

import java.time.LocalDate;
import java.util.UUID;

/** The move a separation request is for: which child, to which home (its kind, within the council's area or not), when. */
public record ProposedMove(UUID childId, UUID homeId, String homeName, String homeKind, boolean withinAuthority,
                           LocalDate moveOn) {
}
