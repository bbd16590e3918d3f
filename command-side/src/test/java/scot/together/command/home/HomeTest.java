package scot.together.command.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.together.api.home.RegisterHome;
import scot.together.events.home.HomeKind;
import scot.together.events.home.HomeRegistered;

class HomeTest {

    final Clock clock = Clock.fixed(Instant.parse("2025-06-30T23:30:00Z"), ZoneId.of("Europe/London"));
    final UUID home = UUID.randomUUID();
    AggregateTestFixture<Home> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Home.class);
        fixture.registerInjectableResource(clock);
    }

    @Test
    void aHomeWithinTheAreaIsRecordedOnTheCouncilsToday() {
        // 23:30 UTC on 30 June is already 1 July in Scotland (British Summer Time)
        fixture.givenNoPriorActivity()
                .when(new RegisterHome(home, " Birch House ", HomeKind.RESIDENTIAL, true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new HomeRegistered(home, "Birch House", HomeKind.RESIDENTIAL, true,
                        LocalDate.of(2025, 7, 1)));
    }

    @Test
    void aHomeOutwithTheAreaIsRecordedAsSuch() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHome(home, "Shore Foster Family", HomeKind.FOSTER, false))
                .expectEvents(new HomeRegistered(home, "Shore Foster Family", HomeKind.FOSTER, false,
                        LocalDate.of(2025, 7, 1)));
    }
}
