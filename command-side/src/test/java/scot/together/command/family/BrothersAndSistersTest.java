package scot.together.command.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.together.api.family.EndBrothersAndSisters;
import scot.together.api.family.RecordBrothersAndSisters;
import scot.together.command.RuleViolation;
import scot.together.events.family.BrothersAndSistersEnded;
import scot.together.events.family.BrothersAndSistersRecorded;
import scot.together.events.family.RelationshipKind;

class BrothersAndSistersTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private final FakeChildrenOnRecord children = new FakeChildrenOnRecord();
    private AggregateTestFixture<BrothersAndSisters> fixture;
    private final UUID id = UUID.randomUUID();
    private UUID amy;
    private UUID bob;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BrothersAndSisters.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
        fixture.registerInjectableResource(children);
        amy = children.child("Amy", LocalDate.of(2015, 1, 1));
        bob = children.child("Bob", LocalDate.of(2018, 1, 1));
    }

    private BrothersAndSistersRecorded recorded() {
        return new BrothersAndSistersRecorded(id, amy, bob, RelationshipKind.HALF, LocalDate.of(2018, 1, 1));
    }

    @Test
    void recordsTwoChildrenAsBrothersOrSistersTakingBothLocks() {
        fixture.givenNoPriorActivity()
                .when(new RecordBrothersAndSisters(id, amy, bob, RelationshipKind.HALF, LocalDate.of(2018, 1, 1)))
                .expectEvents(recorded());
        assertThat(children.locked).containsExactlyInAnyOrder(amy, bob);
    }

    @Test
    void theSameChildTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordBrothersAndSisters(id, amy, amy, RelationshipKind.FULL, LocalDate.of(2018, 1, 1)))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("the same child")).expectNoEvents();
    }

    @Test
    void notBeforeEitherChildsBirthNorInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RecordBrothersAndSisters(id, amy, bob, RelationshipKind.FULL, LocalDate.of(2017, 12, 31)))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordBrothersAndSisters(id, amy, bob, RelationshipKind.FULL, TODAY.plusDays(1)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aChildNotOnRecordIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RecordBrothersAndSisters(id, amy, UUID.randomUUID(), RelationshipKind.STEP,
                        LocalDate.of(2018, 1, 1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("There is no child"));
    }

    @Test
    void aPairAlreadyRelatedIsNotRecordedTwice() {
        children.relate(bob, amy);
        fixture.givenNoPriorActivity()
                .when(new RecordBrothersAndSisters(id, amy, bob, RelationshipKind.FULL, LocalDate.of(2018, 1, 1)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void endsOnceAndNotBeforeItBegan() {
        fixture.given(recorded())
                .when(new EndBrothersAndSisters(id, LocalDate.of(2020, 1, 1), "Recorded in error"))
                .expectEvents(new BrothersAndSistersEnded(id, amy, bob, "Recorded in error", LocalDate.of(2020, 1, 1)));
        fixture.given(recorded(), new BrothersAndSistersEnded(id, amy, bob, "x", LocalDate.of(2020, 1, 1)))
                .when(new EndBrothersAndSisters(id, LocalDate.of(2021, 1, 1), "again"))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(recorded())
                .when(new EndBrothersAndSisters(id, LocalDate.of(2017, 1, 1), "early"))
                .expectException(RuleViolation.class).expectNoEvents();
    }
}
