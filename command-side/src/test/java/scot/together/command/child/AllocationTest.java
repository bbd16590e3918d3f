package scot.together.command.child;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import scot.together.api.RefusalCode;
import scot.together.api.child.AllocateChild;
import scot.together.api.child.RegisterChild;
import scot.together.command.Refused;
import scot.together.command.StandingFixtures;
import scot.together.events.child.ChildAllocated;
import scot.together.events.child.ChildRegistered;

/**
 * Allocating a child to a worker and a team, and asking before a second child alike is
 * registered; "today" is 30 June 2025, the child was born on 10 March 2015.
 */
class AllocationTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final LocalDate BORN = LocalDate.of(2015, 3, 10);

    final Clock clock = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneId.of("Europe/London"));
    final UUID child = UUID.randomUUID();
    final UUID twin = UUID.randomUUID();

    FixtureConfiguration<Child> fixture;

    /** Who has an account, and the children registered alike, as the look-ups would say. */
    static PeopleOnRecord people(Set<String> workers, List<UUID> alike) {
        return new PeopleOnRecord() {
            @Override
            public boolean workerKnown(String username) {
                return workers.contains(username);
            }

            @Override
            public List<UUID> registeredAlike(String givenName, String familyName, LocalDate dateOfBirth) {
                return alike;
            }
        };
    }

    @BeforeEach
    void fixture() {
        fixture = StandingFixtures.of(Child.class, clock, people(Set.of("social.worker", "social.worker2"),
                List.of(twin)));
        fixture.registerIgnoredField(ChildRegistered.class, "pseudonym");
    }

    ChildRegistered registered() {
        return new ChildRegistered(child, "Ada", "Smith", BORN, "C-ANYTHING", TODAY);
    }

    ChildAllocated allocated(String worker, String team, LocalDate from) {
        return new ChildAllocated(child, worker, team, from);
    }

    @Nested
    class Allocating {

        @Test
        void aChildIsAllocatedToAWorkerInATeamFromADate() {
            fixture.given(registered())
                    .when(new AllocateChild(child, "social.worker", " East team ", LocalDate.of(2025, 6, 2)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(allocated("social.worker", "East team", LocalDate.of(2025, 6, 2)));
        }

        @Test
        void aLaterAllocationReallocatesTheChild() {
            fixture.given(registered(), allocated("social.worker", "East team", LocalDate.of(2025, 1, 6)))
                    .when(new AllocateChild(child, "social.worker2", "West team", LocalDate.of(2025, 6, 2)))
                    .expectEvents(allocated("social.worker2", "West team", LocalDate.of(2025, 6, 2)));
        }

        @Test
        void aReallocationMustComeAfterTheAllocationInForce() {
            fixture.given(registered(), allocated("social.worker", "East team", LocalDate.of(2025, 6, 2)))
                    .when(new AllocateChild(child, "social.worker2", "West team", LocalDate.of(2025, 6, 2)))
                    .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER))
                    .expectNoEvents();
            fixture.given(registered(), allocated("social.worker", "East team", LocalDate.of(2025, 6, 2)))
                    .when(new AllocateChild(child, "social.worker2", "West team", LocalDate.of(2025, 5, 1)))
                    .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER))
                    .expectNoEvents();
        }

        @Test
        void theSameWorkerAndTeamAgainRecordsNothing() {
            fixture.given(registered(), allocated("social.worker", "East team", LocalDate.of(2025, 1, 6)))
                    .when(new AllocateChild(child, "social.worker", "East team", LocalDate.of(2025, 6, 2)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anUnknownWorkerIsRefused() {
            fixture.given(registered())
                    .when(new AllocateChild(child, "nobody", "East team", LocalDate.of(2025, 6, 2)))
                    .expectException(Refused.with(RefusalCode.UNKNOWN_WORKER))
                    .expectNoEvents();
        }

        @Test
        void anAllocationBeforeBirthOrInTheFutureIsRefused() {
            fixture.given(registered())
                    .when(new AllocateChild(child, "social.worker", "East team", BORN.minusDays(1)))
                    .expectException(Refused.with(RefusalCode.DATE_BEFORE_BIRTH))
                    .expectNoEvents();
            fixture.given(registered())
                    .when(new AllocateChild(child, "social.worker", "East team", TODAY.plusDays(1)))
                    .expectException(Refused.with(RefusalCode.DATE_IN_FUTURE))
                    .expectNoEvents();
        }

        @Test
        void anAllocationFromBirthOrTodayIsFine() {
            fixture.given(registered())
                    .when(new AllocateChild(child, "social.worker", "East team", BORN))
                    .expectEvents(allocated("social.worker", "East team", BORN));
            fixture.given(registered())
                    .when(new AllocateChild(child, "social.worker", "East team", TODAY))
                    .expectEvents(allocated("social.worker", "East team", TODAY));
        }

        @Test
        void anAllocationWithoutATeamIsRefused() {
            fixture.given(registered())
                    .when(new AllocateChild(child, "social.worker", " ", TODAY))
                    .expectException(Refused.with(RefusalCode.VALIDATION))
                    .expectNoEvents();
        }

        @Test
        void anAllocationMarkedInErrorNoLongerHoldsSoAnEarlierDateMayBeRecorded() {
            ChildAllocated wrong = allocated("social.worker", "East team", LocalDate.of(2025, 6, 2));
            StandingFixtures.given(fixture, child, List.of(registered(), wrong), wrong)
                    .when(new AllocateChild(child, "social.worker2", "West team", LocalDate.of(2025, 5, 1)))
                    .expectEvents(allocated("social.worker2", "West team", LocalDate.of(2025, 5, 1)));
        }
    }

    @Nested
    class RegisteringAlike {

        @Test
        void askingFirstRefusesAChildAlikeOfOneRegistered() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterChild(child, "Ada", "Smith", BORN, true))
                    .expectException(Refused.with(RefusalCode.REGISTERED_ALIKE))
                    .expectNoEvents();
        }

        @Test
        void withoutAskingAChildAlikeIsRegisteredAsBefore() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterChild(child, "Ada", "Smith", BORN))
                    .expectEvents(new ChildRegistered(child, "Ada", "Smith", BORN, "ignored", TODAY));
        }
    }

    @Test
    void askingFirstRegistersAChildNoOneIsLike() {
        StandingFixtures.of(Child.class, clock, people(Set.of(), List.of()))
                .registerIgnoredField(ChildRegistered.class, "pseudonym")
                .givenNoPriorActivity()
                .when(new RegisterChild(child, "Ada", "Smith", BORN, true))
                .expectEvents(new ChildRegistered(child, "Ada", "Smith", BORN, "ignored", TODAY));
    }
}
