package scot.together.command.child;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import scot.together.api.child.PlaceChild;
import scot.together.command.RuleViolation;
import scot.together.command.home.Home;

/**
 * Records a child's move to a home. The child's own record guards dates and episodes; the
 * {@link PlacementRule}s guard what depends on other records (brothers and sisters).
 */
@Component
public class Placements {

    private final Repository<Child> children;
    private final Repository<Home> homes;
    private final List<PlacementRule> rules;
    private final Clock clock;

    public Placements(@Qualifier("childRepository") Repository<Child> children,
                      @Qualifier("homeRepository") Repository<Home> homes, List<PlacementRule> rules, Clock clock) {
        this.children = children;
        this.homes = homes;
        this.rules = rules;
        this.clock = clock;
    }

    @CommandHandler
    public void handle(PlaceChild command) {
        try {
            homes.load(command.homeId().toString());
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound("There is no home " + command.homeId() + ".");
        }
        children.load(command.childId().toString())
                .execute(child -> child.moveTo(command.homeId(), command.startDate(), command.previousHomeEnding(),
                        clock, () -> rules.forEach(rule ->
                                rule.check(command.childId(), command.homeId(), command.startDate()))));
    }
}
