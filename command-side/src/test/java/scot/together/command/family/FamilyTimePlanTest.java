package scot.together.command.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.together.api.family.EndFamilyTimePlan;
import scot.together.api.family.PlanFamilyTime;
import scot.together.api.family.RecordFamilyTime;
import scot.together.command.RuleViolation;
import scot.together.events.family.FamilyTimeFrequency;
import scot.together.events.family.FamilyTimePlanEnded;
import scot.together.events.family.FamilyTimePlanned;
import scot.together.events.family.FamilyTimeRecorded;

class FamilyTimePlanTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private final FakeChildrenOnRecord children = new FakeChildrenOnRecord();
    private final UUID plan = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();
    private AggregateTestFixture<FamilyTimePlan> fixture;
    private UUID amy;
    private UUID bob;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FamilyTimePlan.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
        fixture.registerInjectableResource(children);
        amy = children.child("Amy", LocalDate.of(2015, 1, 1));
        bob = children.child("Bob", LocalDate.of(2018, 1, 1));
    }

    private FamilyTimePlanned planned() {
        return new FamilyTimePlanned(plan, List.of(amy, bob), FamilyTimeFrequency.WEEKLY, "each other", START);
    }

    @Test
    void isPlannedForTwoOrMoreChildren() {
        fixture.givenNoPriorActivity()
                .when(new PlanFamilyTime(plan, List.of(amy, bob), FamilyTimeFrequency.WEEKLY, "each other", START))
                .expectEvents(planned());
        fixture.givenNoPriorActivity()
                .when(new PlanFamilyTime(plan, List.of(amy), FamilyTimeFrequency.WEEKLY, "nobody", START))
                .expectException(RuleViolation.class);
    }

    @Test
    void isPlannedFromTheChildrensBirthToAtMostTwoYearsAhead() {
        for (LocalDate impossible : List.of(LocalDate.of(0, 1, 1), LocalDate.of(2017, 12, 31),
                LocalDate.of(2099, 1, 1), LocalDate.of(9999, 1, 1))) {
            fixture.givenNoPriorActivity()
                    .when(new PlanFamilyTime(plan, List.of(amy, bob), FamilyTimeFrequency.WEEKLY, "each other",
                            impossible))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
        fixture.givenNoPriorActivity()
                .when(new PlanFamilyTime(plan, List.of(amy, bob), FamilyTimeFrequency.WEEKLY, "each other",
                        TODAY.plusMonths(1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void recordsWhatHappenedAndWhyNot() {
        fixture.given(planned()).when(new RecordFamilyTime(plan, session, START, true, null))
                .expectEvents(new FamilyTimeRecorded(plan, session, List.of(amy, bob), true, null, START));
        fixture.given(planned()).when(new RecordFamilyTime(plan, session, START, false, "Carer unwell"))
                .expectEvents(new FamilyTimeRecorded(plan, session, List.of(amy, bob), false, "Carer unwell", START));
        fixture.given(planned()).when(new RecordFamilyTime(plan, session, START, false, null))
                .expectException(RuleViolation.class);
        fixture.given(planned()).when(new RecordFamilyTime(plan, session, START, true, "but why"))
                .expectException(RuleViolation.class);
    }

    @Test
    void onlyWhileThePlanHoldsAndNotInTheFuture() {
        fixture.given(planned()).when(new RecordFamilyTime(plan, session, START.minusDays(1), true, null))
                .expectException(RuleViolation.class);
        fixture.given(planned()).when(new RecordFamilyTime(plan, session, TODAY.plusDays(1), true, null))
                .expectException(RuleViolation.class);
        fixture.given(planned(), new FamilyTimePlanEnded(plan, List.of(amy, bob), "Together", LocalDate.of(2025, 3, 1)))
                .when(new RecordFamilyTime(plan, session, LocalDate.of(2025, 3, 1), true, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void endsOnce() {
        fixture.given(planned()).when(new EndFamilyTimePlan(plan, LocalDate.of(2025, 3, 1), "Together"))
                .expectEvents(new FamilyTimePlanEnded(plan, List.of(amy, bob), "Together", LocalDate.of(2025, 3, 1)));
        fixture.given(planned(), new FamilyTimePlanEnded(plan, List.of(amy, bob), "Together", LocalDate.of(2025, 3, 1)))
                .when(new EndFamilyTimePlan(plan, LocalDate.of(2025, 4, 1), "again"))
                .expectException(RuleViolation.class);
    }
}
