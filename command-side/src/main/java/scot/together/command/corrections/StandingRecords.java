package scot.together.command.corrections;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.command.care.PermanencePlan;
import scot.together.command.care.PhysicalIntervention;
import scot.together.command.care.SecureStay;
import scot.together.command.child.Child;
import scot.together.command.exclusion.Exclusion;
import scot.together.command.family.BrothersAndSisters;
import scot.together.command.family.FamilyTimePlan;
import scot.together.command.family.Separation;
import scot.together.command.home.Home;
import scot.together.platform.corrections.StandingEventsRepository;

/**
 * The repository of each kind of correctable record: each loads its record from its standing
 * events. Each aggregate names its repository here ({@code @Aggregate(repository = ...)}).
 */
@Configuration
public class StandingRecords {

    private final EventStore eventStore;
    private final ParameterResolverFactory parameters;
    private final HandlerDefinition handlers;

    public StandingRecords(EventStore eventStore, ParameterResolverFactory parameters, HandlerDefinition handlers) {
        this.eventStore = eventStore;
        this.parameters = parameters;
        this.handlers = handlers;
    }

    private <T> StandingEventsRepository<T> of(Class<T> type) {
        return StandingEventsRepository.of(type, eventStore, parameters, handlers);
    }

    @Bean
    public StandingEventsRepository<Child> childRepository() {
        return of(Child.class);
    }

    @Bean
    public StandingEventsRepository<Home> homeRepository() {
        return of(Home.class);
    }

    @Bean
    public StandingEventsRepository<BrothersAndSisters> brothersAndSistersRepository() {
        return of(BrothersAndSisters.class);
    }

    @Bean
    public StandingEventsRepository<Separation> separationRepository() {
        return of(Separation.class);
    }

    @Bean
    public StandingEventsRepository<FamilyTimePlan> familyTimePlanRepository() {
        return of(FamilyTimePlan.class);
    }

    @Bean
    public StandingEventsRepository<Exclusion> exclusionRepository() {
        return of(Exclusion.class);
    }

    @Bean
    public StandingEventsRepository<SecureStay> secureStayRepository() {
        return of(SecureStay.class);
    }

    @Bean
    public StandingEventsRepository<PermanencePlan> permanencePlanRepository() {
        return of(PermanencePlan.class);
    }

    @Bean
    public StandingEventsRepository<PhysicalIntervention> physicalInterventionRepository() {
        return of(PhysicalIntervention.class);
    }
}
