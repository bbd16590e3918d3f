package scot.together.api.exclusions;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;
import scot.together.api.text.PlainText;

public record RecordInformalExclusion(@TargetAggregateIdentifier UUID exclusionId, UUID childId,
                                      @PlainText String school, LocalDate date, int days,
                                      @MultiLineText String description) {
}
