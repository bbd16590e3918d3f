package scot.together.api.care;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;
import scot.together.events.care.InterventionSetting;

public record RecordPhysicalIntervention(@TargetAggregateIdentifier UUID interventionId, UUID childId, LocalDate date,
                                         InterventionSetting setting, @MultiLineText String whatHappened,
                                         @MultiLineText String followUp) {
}
