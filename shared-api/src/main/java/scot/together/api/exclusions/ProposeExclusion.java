package scot.together.api.exclusions;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ProposeExclusion(@TargetAggregateIdentifier UUID exclusionId, UUID childId, String school,
                               LocalDate startDate, int days, String reason) {

    /** The most school days an exclusion (formal or informal) may last: one limit for the API, pages and rules. */
    public static final int MOST_DAYS = 200;
}
