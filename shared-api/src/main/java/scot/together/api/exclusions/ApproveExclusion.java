package scot.together.api.exclusions;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;
import scot.together.api.text.PlainText;

/**
 * One head's approval; who gives it comes from the metadata. {@code actingAs} (optional) is
 * the head role a person holding both gives it in; without it, they act in the one not yet given.
 */
public record ApproveExclusion(@TargetAggregateIdentifier UUID exclusionId, @MultiLineText String comment,
                               @PlainText String actingAs) {

    public ApproveExclusion(UUID exclusionId, String comment) {
        this(exclusionId, comment, null);
    }
}
