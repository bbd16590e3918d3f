package scot.together.command.child;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.FixtureConfiguration;
import scot.together.api.RefusalCode;
import scot.together.command.StandingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import scot.together.api.child.ChangeEpisodeCategory;
import scot.together.api.child.EndEpisode;
import scot.together.api.child.PlaceChild;
import scot.together.api.child.RegisterChild;
import scot.together.api.child.StartEpisode;
import scot.together.command.EffectiveDates;
import scot.together.command.Refused;
import scot.together.command.RuleViolation;
import scot.together.command.home.Home;
import scot.together.events.CareCategory;
import scot.together.events.child.ChildPlaced;
import scot.together.events.child.ChildRegistered;
import scot.together.events.child.EpisodeCategoryChanged;
import scot.together.events.child.EpisodeEnded;
import scot.together.events.child.EpisodeStarted;
import scot.together.events.child.HomeEnding;

/** The child's own rules, given what is recorded, when a command arrives; "today" is 30 June 2025. */
class ChildTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final LocalDate BORN = LocalDate.of(2015, 3, 10);
    static final CareCategory AWAY = CareCategory.LOOKED_AFTER_AWAY_FROM_HOME;
    static final CareCategory AT_HOME = CareCategory.LOOKED_AFTER_AT_HOME;

    final Clock clock = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneId.of("Europe/London"));
    final UUID child = UUID.randomUUID();
    final UUID episode = UUID.randomUUID();
    final UUID homeA = UUID.randomUUID();
    final UUID homeB = UUID.randomUUID();
    final UUID unknownHome = UUID.randomUUID();
    /** Rules beyond the child's own record; a test adds one to see that it is consulted. */
    final List<PlacementRule> otherRules = new ArrayList<>();

    FixtureConfiguration<Child> fixture;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void fixture() {
        fixture = StandingFixtures.of(Child.class, clock, AllocationTest.people(java.util.Set.of(), List.of()));
        fixture.registerIgnoredField(ChildRegistered.class, "pseudonym");
        Repository<Home> homes = mock(Repository.class);
        when(homes.load(anyString())).thenReturn(null);
        when(homes.load(eq(unknownHome.toString()))).thenThrow(new AggregateNotFoundException(unknownHome.toString(),
                "no such home"));
        fixture.registerAnnotatedCommandHandler(new Placements(fixture.getRepository(), homes, otherRules, clock));
    }

    ChildRegistered registered() {
        return new ChildRegistered(child, "Ada", "Smith", BORN, "C-ANYTHING", TODAY);
    }

    EpisodeStarted started(LocalDate on) {
        return new EpisodeStarted(child, episode, AWAY, on);
    }

    @Nested
    class Registration {

        @Test
        void aChildIsRegisteredWithNamesTidiedAndTodayAsTheDay() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterChild(child, "  Ada ", "Smith ", BORN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ChildRegistered(child, "Ada", "Smith", BORN, "ignored", TODAY));
        }

        @Test
        void anImpossibleDateOfBirthIsRefused() {
            for (LocalDate impossible : List.of(LocalDate.of(0, 1, 1), LocalDate.of(-1, 1, 1),
                    LocalDate.of(1899, 12, 31))) {
                fixture.givenNoPriorActivity()
                        .when(new RegisterChild(child, "Ada", "Smith", impossible))
                        .expectException(Refused.with(RefusalCode.DATE_TOO_EARLY))
                        .expectNoEvents();
            }
        }

        @Test
        void aChildBornTodayMayBeRegistered() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterChild(child, "Ada", "Smith", TODAY))
                    .expectEvents(new ChildRegistered(child, "Ada", "Smith", TODAY, "ignored", TODAY));
        }

        @Test
        void aDateOfBirthInTheFutureIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterChild(child, "Ada", "Smith", TODAY.plusDays(1)))
                    .expectException(Refused.with(RefusalCode.DATE_IN_FUTURE))
                    .expectNoEvents();
        }
    }

    @Nested
    class Episodes {

        @Test
        void anEpisodeStartsOnTheDateOfBirthAtTheEarliest() {
            fixture.given(registered())
                    .when(new StartEpisode(child, episode, BORN, AWAY))
                    .expectResultMessagePayload(episode)
                    .expectEvents(new EpisodeStarted(child, episode, AWAY, BORN));
        }

        @Test
        void anEpisodeStartingBeforeBirthIsRefused() {
            fixture.given(registered())
                    .when(new StartEpisode(child, episode, BORN.minusDays(1), AWAY))
                    .expectException(Refused.with(RefusalCode.DATE_BEFORE_BIRTH))
                    .expectNoEvents();
        }

        @Test
        void anEpisodeStartingTomorrowIsRefusedButTodayIsFine() {
            fixture.given(registered())
                    .when(new StartEpisode(child, episode, TODAY.plusDays(1), AWAY))
                    .expectException(Refused.with(RefusalCode.DATE_IN_FUTURE))
                    .expectNoEvents();
            fixture.given(registered())
                    .when(new StartEpisode(child, episode, TODAY, AWAY))
                    .expectEvents(new EpisodeStarted(child, episode, AWAY, TODAY));
        }

        @Test
        void aSecondEpisodeWhileOneIsOpenIsRefused() {
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)))
                    .when(new StartEpisode(child, UUID.randomUUID(), LocalDate.of(2025, 1, 1), AT_HOME))
                    .expectException(Refused.with(RefusalCode.OVERLAPPING_EPISODE))
                    .expectNoEvents();
        }

        @Test
        void aNewEpisodeBeforeAnEndedOneFinishesIsRefused() {
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)),
                            new EpisodeEnded(child, episode, "Went home", LocalDate.of(2024, 5, 1)))
                    .when(new StartEpisode(child, UUID.randomUUID(), LocalDate.of(2024, 4, 30), AWAY))
                    .expectException(Refused.with(RefusalCode.OVERLAPPING_EPISODE))
                    .expectNoEvents();
        }

        @Test
        void aNewEpisodeBeforeAnEndedOneStartedIsRefusedToo() {
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)),
                            new EpisodeEnded(child, episode, "Went home", LocalDate.of(2024, 5, 1)))
                    .when(new StartEpisode(child, UUID.randomUUID(), LocalDate.of(2023, 6, 1), AWAY))
                    .expectException(Refused.with(RefusalCode.OVERLAPPING_EPISODE))
                    .expectNoEvents();
        }

        @Test
        void aNewEpisodeMayStartOnTheDayThePreviousOneEnded() {
            UUID second = UUID.randomUUID();
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)),
                            new EpisodeEnded(child, episode, "Went home", LocalDate.of(2024, 5, 1)))
                    .when(new StartEpisode(child, second, LocalDate.of(2024, 5, 1), AT_HOME))
                    .expectEvents(new EpisodeStarted(child, second, AT_HOME, LocalDate.of(2024, 5, 1)));
        }

        @Test
        void theCategoryChangesAfterTheStart() {
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)))
                    .when(new ChangeEpisodeCategory(child, episode, LocalDate.of(2024, 3, 1), AT_HOME))
                    .expectEvents(new EpisodeCategoryChanged(child, episode, AT_HOME, LocalDate.of(2024, 3, 1)));
        }

        @Test
        void theCategoryCannotChangeOnTheStartOrBeforeTheLastChange() {
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)))
                    .when(new ChangeEpisodeCategory(child, episode, LocalDate.of(2024, 1, 1), AT_HOME))
                    .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER))
                    .expectNoEvents();
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)),
                            new EpisodeCategoryChanged(child, episode, AT_HOME, LocalDate.of(2024, 3, 1)))
                    .when(new ChangeEpisodeCategory(child, episode, LocalDate.of(2024, 2, 1), AWAY))
                    .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER))
                    .expectNoEvents();
        }

        @Test
        void aChangeToTheSameCategoryRecordsNothing() {
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)))
                    .when(new ChangeEpisodeCategory(child, episode, LocalDate.of(2024, 3, 1), AWAY))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aChangeInTheFutureOrOfAnUnknownEpisodeIsRefused() {
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)))
                    .when(new ChangeEpisodeCategory(child, episode, TODAY.plusDays(1), AT_HOME))
                    .expectException(Refused.with(RefusalCode.DATE_IN_FUTURE))
                    .expectNoEvents();
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)))
                    .when(new ChangeEpisodeCategory(child, UUID.randomUUID(), LocalDate.of(2024, 3, 1), AT_HOME))
                    .expectException(Refused.with(RefusalCode.NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void anEpisodeEndsAfterItsLastChange() {
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)),
                            new EpisodeCategoryChanged(child, episode, AT_HOME, LocalDate.of(2024, 3, 1)))
                    .when(new EndEpisode(child, episode, LocalDate.of(2024, 3, 2), "Went home"))
                    .expectEvents(new EpisodeEnded(child, episode, "Went home", LocalDate.of(2024, 3, 2)));
        }

        @Test
        void anEpisodeCannotEndOnOrBeforeItsStartItsLastChangeOrItsLatestHome() {
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)))
                    .when(new EndEpisode(child, episode, LocalDate.of(2024, 1, 1), "Went home"))
                    .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER))
                    .expectNoEvents();
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)),
                            new EpisodeCategoryChanged(child, episode, AT_HOME, LocalDate.of(2024, 3, 1)))
                    .when(new EndEpisode(child, episode, LocalDate.of(2024, 2, 1), "Went home"))
                    .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER))
                    .expectNoEvents();
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)),
                            new ChildPlaced(child, episode, homeA, null, LocalDate.of(2024, 4, 1)))
                    .when(new EndEpisode(child, episode, LocalDate.of(2024, 4, 1), "Went home"))
                    .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER))
                    .expectNoEvents();
        }

        @Test
        void anEndInTheFutureIsRefused() {
            fixture.given(registered(), started(LocalDate.of(2024, 1, 1)))
                    .when(new EndEpisode(child, episode, TODAY.plusDays(1), "Went home"))
                    .expectException(Refused.with(RefusalCode.DATE_IN_FUTURE))
                    .expectNoEvents();
        }

        @Test
        void anEndedEpisodeNeitherEndsAgainNorChangesCategory() {
            Object[] ended = {registered(), started(LocalDate.of(2024, 1, 1)),
                    new EpisodeEnded(child, episode, "Went home", LocalDate.of(2024, 5, 1))};
            fixture.given(ended)
                    .when(new EndEpisode(child, episode, LocalDate.of(2024, 6, 1), "Again"))
                    .expectException(Refused.with(RefusalCode.EPISODE_ENDED))
                    .expectNoEvents();
            fixture.given(ended)
                    .when(new ChangeEpisodeCategory(child, episode, LocalDate.of(2024, 4, 1), AT_HOME))
                    .expectException(Refused.with(RefusalCode.EPISODE_ENDED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Moves {

        final LocalDate start = LocalDate.of(2024, 1, 1);

        @Test
        void theFirstHomeOfAnEpisodeNeedsNoEnding() {
            fixture.given(registered(), started(start))
                    .when(new PlaceChild(child, homeA, start, null))
                    .expectEvents(new ChildPlaced(child, episode, homeA, null, start));
        }

        @Test
        void theFirstHomeIgnoresAnEndingGivenForAHomeThatWasNeverRecorded() {
            fixture.given(registered(), started(start))
                    .when(new PlaceChild(child, homeA, start.plusDays(3), HomeEnding.UNPLANNED))
                    .expectEvents(new ChildPlaced(child, episode, homeA, null, start.plusDays(3)));
        }

        @Test
        void aLaterHomeRecordsHowThePreviousOneEnded() {
            fixture.given(registered(), started(start), new ChildPlaced(child, episode, homeA, null, start))
                    .when(new PlaceChild(child, homeB, LocalDate.of(2024, 2, 1), HomeEnding.UNPLANNED))
                    .expectEvents(new ChildPlaced(child, episode, homeB, HomeEnding.UNPLANNED, LocalDate.of(2024, 2, 1)));
        }

        @Test
        void aLaterHomeWithoutSayingHowThePreviousEndedIsRefused() {
            fixture.given(registered(), started(start), new ChildPlaced(child, episode, homeA, null, start))
                    .when(new PlaceChild(child, homeB, LocalDate.of(2024, 2, 1), null))
                    .expectException(Refused.with(RefusalCode.VALIDATION))
                    .expectNoEvents();
        }

        @Test
        void aMoveOnOrBeforeTheCurrentHomesStartIsRefused() {
            Object[] living = {registered(), started(start),
                    new ChildPlaced(child, episode, homeA, null, LocalDate.of(2024, 2, 1))};
            fixture.given(living)
                    .when(new PlaceChild(child, homeB, LocalDate.of(2024, 2, 1), HomeEnding.PLANNED))
                    .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER))
                    .expectNoEvents();
            fixture.given(living)
                    .when(new PlaceChild(child, homeB, LocalDate.of(2024, 1, 15), HomeEnding.PLANNED))
                    .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER))
                    .expectNoEvents();
        }

        @Test
        void aMoveToTheHomeTheChildLivesInIsRefused() {
            fixture.given(registered(), started(start), new ChildPlaced(child, episode, homeA, null, start))
                    .when(new PlaceChild(child, homeA, LocalDate.of(2024, 2, 1), HomeEnding.PLANNED))
                    .expectException(Refused.with(RefusalCode.ALREADY_LIVES_THERE))
                    .expectNoEvents();
        }

        @Test
        void aMoveWithNoEpisodeOnItsDateIsRefused() {
            fixture.given(registered())
                    .when(new PlaceChild(child, homeA, start, null))
                    .expectException(Refused.with(RefusalCode.NO_OPEN_EPISODE))
                    .expectNoEvents();
            fixture.given(registered(), started(start))
                    .when(new PlaceChild(child, homeA, start.minusDays(1), null))
                    .expectException(Refused.with(RefusalCode.NO_OPEN_EPISODE))
                    .expectNoEvents();
        }

        @Test
        void aMoveOnTheDayTheEpisodeEndedIsRefused() {
            fixture.given(registered(), started(start), new ChildPlaced(child, episode, homeA, null, start),
                            new EpisodeEnded(child, episode, "Went home", LocalDate.of(2024, 6, 1)))
                    .when(new PlaceChild(child, homeB, LocalDate.of(2024, 6, 1), HomeEnding.PLANNED))
                    .expectException(Refused.with(RefusalCode.NO_OPEN_EPISODE))
                    .expectNoEvents();
        }

        @Test
        void aMoveRecordedLateFallsIntoTheEndedEpisodeItHappenedIn() {
            fixture.given(registered(), started(start), new ChildPlaced(child, episode, homeA, null, start),
                            new EpisodeEnded(child, episode, "Went home", LocalDate.of(2024, 6, 1)))
                    .when(new PlaceChild(child, homeB, LocalDate.of(2024, 3, 1), HomeEnding.PLANNED))
                    .expectEvents(new ChildPlaced(child, episode, homeB, HomeEnding.PLANNED, LocalDate.of(2024, 3, 1)));
        }

        @Test
        void aMoveBeforeBirthOrInTheFutureIsRefused() {
            fixture.given(registered(), started(start))
                    .when(new PlaceChild(child, homeA, BORN.minusDays(1), null))
                    .expectException(Refused.with(RefusalCode.DATE_BEFORE_BIRTH))
                    .expectNoEvents();
            fixture.given(registered(), started(start))
                    .when(new PlaceChild(child, homeA, TODAY.plusDays(1), null))
                    .expectException(Refused.with(RefusalCode.DATE_IN_FUTURE))
                    .expectNoEvents();
        }

        @Test
        void aMoveToAHomeNeverRecordedIsRefused() {
            fixture.given(registered(), started(start))
                    .when(new PlaceChild(child, unknownHome, start, null))
                    .expectException(Refused.with(RefusalCode.NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void theOtherRulesAreAskedOnlyOnceTheChildsOwnRulesPass() {
            List<UUID> asked = new ArrayList<>();
            otherRules.add((childId, homeId, date) -> {
                asked.add(childId);
                throw new RuleViolation(RefusalCode.SEPARATION_NOT_APPROVED, "Apart from a brother.");
            });
            fixture.given(registered(), started(start))
                    .when(new PlaceChild(child, homeA, start.minusDays(1), null))
                    .expectException(Refused.with(RefusalCode.NO_OPEN_EPISODE));
            org.assertj.core.api.Assertions.assertThat(asked).isEmpty();
            fixture.given(registered(), started(start))
                    .when(new PlaceChild(child, homeA, start, null))
                    .expectException(Refused.with(RefusalCode.SEPARATION_NOT_APPROVED))
                    .expectNoEvents();
            org.assertj.core.api.Assertions.assertThat(asked).containsExactly(child);
        }
    }

    /** A record marked in error is as if it had never been recorded; the right one can be recorded in its place. */
    @Nested
    class RecordsInError {

        final UUID rightEpisode = UUID.randomUUID();

        @Test
        void anEpisodeWhoseStartIsInErrorNoLongerOverlapsTheRightOne() {
            EpisodeStarted wrong = started(LocalDate.of(2024, 1, 1));
            StandingFixtures.given(fixture, child, List.of(registered(), wrong), wrong)
                    .when(new StartEpisode(child, rightEpisode, LocalDate.of(2024, 2, 1), AWAY))
                    .expectEvents(new EpisodeStarted(child, rightEpisode, AWAY, LocalDate.of(2024, 2, 1)));
        }

        @Test
        void whatWasRecordedInAnEpisodeInErrorGoesWithIt() {
            EpisodeStarted wrong = started(LocalDate.of(2024, 1, 1));
            StandingFixtures.given(fixture, child, List.of(registered(), wrong,
                            new ChildPlaced(child, episode, homeA, null, LocalDate.of(2024, 1, 5))), wrong)
                    .when(new PlaceChild(child, homeB, LocalDate.of(2024, 3, 1), HomeEnding.PLANNED))
                    .expectException(Refused.with(RefusalCode.NO_OPEN_EPISODE))
                    .expectNoEvents();
        }

        @Test
        void aMoveInErrorLeavesTheChildWhereTheyLivedBefore() {
            ChildPlaced wrongMove = new ChildPlaced(child, episode, homeB, HomeEnding.PLANNED, LocalDate.of(2024, 3, 1));
            List<Object> history = List.of(registered(), started(LocalDate.of(2024, 1, 1)),
                    new ChildPlaced(child, episode, homeA, null, LocalDate.of(2024, 1, 1)), wrongMove);
            StandingFixtures.given(fixture, child, history, wrongMove)
                    .when(new PlaceChild(child, homeA, LocalDate.of(2024, 4, 1), HomeEnding.PLANNED))
                    .expectException(Refused.with(RefusalCode.ALREADY_LIVES_THERE))
                    .expectNoEvents();
            StandingFixtures.given(fixture, child, history, wrongMove)
                    .when(new PlaceChild(child, homeB, LocalDate.of(2024, 2, 1), HomeEnding.PLANNED))
                    .expectEvents(new ChildPlaced(child, episode, homeB, HomeEnding.PLANNED, LocalDate.of(2024, 2, 1)));
        }
    }
}
