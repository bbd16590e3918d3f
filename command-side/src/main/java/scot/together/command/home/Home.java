package scot.together.command.home;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.command.corrections.CorrectableRecord;
import scot.together.api.home.RegisterHome;
import scot.together.events.home.HomeRegistered;

/** A home a child may live in. */
@Aggregate(repository = "homeRepository")
public class Home extends CorrectableRecord {

    @AggregateIdentifier
    private UUID homeId;

    protected Home() {
        // for Axon
    }

    @CommandHandler
    public Home(RegisterHome command, Clock clock) {
        apply(new HomeRegistered(command.homeId(), command.name().strip(), command.kind(), command.withinAuthority(),
                LocalDate.now(clock)));
    }

    @EventSourcingHandler
    void on(HomeRegistered event) {
        homeId = event.homeId();
    }
}
