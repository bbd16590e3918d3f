package scot.together.api.exclusions;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;
import scot.together.api.text.PlainText;

public record ProposeExclusion(@TargetAggregateIdentifier UUID exclusionId, UUID childId, @PlainText String school,
                               LocalDate startDate, int days, @MultiLineText String reason) {

    /** The most school days an exclusion (formal or informal) may last: one limit for the API, pages and rules. */
    public static final int MOST_DAYS = 200;
}
