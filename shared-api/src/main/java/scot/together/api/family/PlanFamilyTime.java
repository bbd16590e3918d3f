package scot.together.api.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.PlainText;
import scot.together.events.family.FamilyTimeFrequency;

public record PlanFamilyTime(@TargetAggregateIdentifier UUID planId, List<UUID> childIds, FamilyTimeFrequency howOften,
                             @PlainText String withWhom, LocalDate startDate) {
}
