package scot.together.command.family;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import scot.together.api.family.MoveTogether;
import scot.together.command.RuleViolation;
import scot.together.command.child.Child;
import scot.together.command.child.PlacementRule;
import scot.together.command.home.Home;

/**
 * Brothers and sisters moving to one home on the same day, in one transaction: each child's
 * own rules and every placement rule apply as for a single move, except that the separation
 * rule counts the others as already living there. All move, or none.
 */
@Component
public class MovesTogether {

    private final Repository<Child> children;
    private final Repository<Home> homes;
    private final List<PlacementRule> rules;
    private final SeparationRule separationRule;
    private final Clock clock;

    public MovesTogether(@Qualifier("childRepository") Repository<Child> children,
                         @Qualifier("homeRepository") Repository<Home> homes, List<PlacementRule> rules,
                         SeparationRule separationRule, Clock clock) {
        this.children = children;
        this.homes = homes;
        this.rules = rules;
        this.separationRule = separationRule;
        this.clock = clock;
    }

    @CommandHandler
    public void handle(MoveTogether command) {
        Set<UUID> moving = new LinkedHashSet<>(command.childIds());
        if (moving.size() < 2 || moving.size() != command.childIds().size()) {
            throw RuleViolation.validation("childIds must name two or more different children.");
        }
        try {
            homes.load(command.homeId().toString());
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound("There is no home " + command.homeId() + ".");
        }
        // every lock up front, in one order, so that the moves of this group never deadlock each other
        separationRule.lockGroupsOf(moving);
        for (UUID childId : moving) {
            Set<UUID> others = new LinkedHashSet<>(moving);
            others.remove(childId);
            children.load(childId.toString()).execute(child -> child.moveTo(command.homeId(), command.startDate(),
                    command.previousHomeEnding(), clock, () -> {
                        separationRule.check(childId, command.homeId(), command.startDate(), others);
                        rules.stream().filter(rule -> rule != separationRule)
                                .forEach(rule -> rule.check(childId, command.homeId(), command.startDate()));
                    }));
        }
    }
}
