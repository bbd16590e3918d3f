package scot.together.command.family;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import scot.together.api.family.ProposeSeparationMove;
import scot.together.command.RuleViolation;
import scot.together.command.home.Home;

/** Records the move a separation request is for, once the home is known to exist. */
@Component
public class SeparationMoves {

    private final Repository<Separation> separations;
    private final Repository<Home> homes;
    private final Clock clock;

    public SeparationMoves(@Qualifier("separationRepository") Repository<Separation> separations,
                           @Qualifier("homeRepository") Repository<Home> homes, Clock clock) {
        this.separations = separations;
        this.homes = homes;
        this.clock = clock;
    }

    @CommandHandler
    public void handle(ProposeSeparationMove command) {
        if (command.childId() == null || command.homeId() == null || command.moveOn() == null) {
            throw RuleViolation.validation("childId, homeId and moveOn are required: who would move, where, when.");
        }
        try {
            homes.load(command.homeId().toString());
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound("There is no home " + command.homeId() + ".");
        }
        try {
            separations.load(command.separationId().toString()).execute(s -> s.proposeMove(command.childId(),
                    command.homeId(), command.moveOn(), clock));
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound("There is no separation " + command.separationId() + ".");
        }
    }
}
