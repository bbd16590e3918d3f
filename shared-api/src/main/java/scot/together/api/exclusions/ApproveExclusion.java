package scot.together.api.exclusions;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One head's approval; who gives it, and in which of their head roles, comes from the metadata. */
public record ApproveExclusion(@TargetAggregateIdentifier UUID exclusionId, String comment) {
}
