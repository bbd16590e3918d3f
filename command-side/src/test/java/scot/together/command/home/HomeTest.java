package scot.together.command.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.together.api.RefusalCode;
import scot.together.api.home.RecordHomePlaces;
import scot.together.api.home.RegisterHome;
import scot.together.command.Refused;
import scot.together.events.home.HomeKind;
import scot.together.events.home.HomePlacesRecorded;
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

    @Test
    void aHomeMaySayHowManyChildrenItCanTakeAndTheirAges() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHome(home, "Birch House", HomeKind.RESIDENTIAL, true, 3, 8, 17))
                .expectEvents(new HomeRegistered(home, "Birch House", HomeKind.RESIDENTIAL, true,
                                LocalDate.of(2025, 7, 1)),
                        new HomePlacesRecorded(home, 3, 8, 17, LocalDate.of(2025, 7, 1)));
    }

    @Test
    void placesAreAWholeNumberFromOneAndAgesInOrder() {
        for (RegisterHome wrong : List.of(new RegisterHome(home, "A", HomeKind.FOSTER, true, 0, null, null),
                new RegisterHome(home, "A", HomeKind.FOSTER, true, 2, 12, 5),
                new RegisterHome(home, "A", HomeKind.FOSTER, true, null, 3, null))) {
            fixture.givenNoPriorActivity().when(wrong)
                    .expectException(Refused.with(RefusalCode.VALIDATION))
                    .expectNoEvents();
        }
    }

    @Test
    void placesCanBeRecordedLaterFromADay() {
        fixture.given(new HomeRegistered(home, "Shore", HomeKind.FOSTER, false, LocalDate.of(2024, 1, 1)))
                .when(new RecordHomePlaces(home, 2, null, null, LocalDate.of(2025, 3, 1)))
                .expectEvents(new HomePlacesRecorded(home, 2, null, null, LocalDate.of(2025, 3, 1)));
    }
}
