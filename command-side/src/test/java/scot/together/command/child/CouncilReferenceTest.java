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
import org.junit.jupiter.api.Test;
import scot.together.api.RefusalCode;
import scot.together.api.child.RecordCouncilReference;
import scot.together.api.child.RegisterChild;
import scot.together.command.Refused;
import scot.together.command.StandingFixtures;
import scot.together.events.child.ChildRegistered;
import scot.together.events.child.CouncilReferenceRecorded;

/**
 * The reference the council knows a child by, recorded with the registration or later from a
 * date; "today" is 30 June 2025, the child was born on 10 March 2015.
 */
class CouncilReferenceTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final LocalDate BORN = LocalDate.of(2015, 3, 10);

    final Clock clock = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneId.of("Europe/London"));
    final UUID child = UUID.randomUUID();
    FixtureConfiguration<Child> fixture;

    @BeforeEach
    void fixture() {
        fixture = StandingFixtures.of(Child.class, clock, AllocationTest.people(Set.of(), List.of()));
        fixture.registerIgnoredField(ChildRegistered.class, "pseudonym");
    }

    ChildRegistered registered() {
        return new ChildRegistered(child, "Ada", "Smith", BORN, "C-ANYTHING", TODAY);
    }

    CouncilReferenceRecorded reference(String reference, LocalDate from) {
        return new CouncilReferenceRecorded(child, reference, from);
    }

    @Test
    void aReferenceGivenAtRegistrationIsRecordedWithItFromTheSameDay() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChild(child, "Ada", "Smith", BORN, false, " SW-00123 "))
                .expectEvents(registered(), reference("SW-00123", TODAY));
    }

    @Test
    void aRegistrationWithoutOneRecordsNone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChild(child, "Ada", "Smith", BORN, false, " "))
                .expectEvents(registered());
    }

    @Test
    void aReferenceIsRecordedFromADateOrToday() {
        fixture.given(registered())
                .when(new RecordCouncilReference(child, "SW-00123", LocalDate.of(2025, 1, 6)))
                .expectEvents(reference("SW-00123", LocalDate.of(2025, 1, 6)));
        fixture.given(registered())
                .when(new RecordCouncilReference(child, "SW-00123", null))
                .expectEvents(reference("SW-00123", TODAY));
    }

    @Test
    void theSameReferenceAgainRecordsNothingAndANewOneReplacesItFromItsDate() {
        fixture.given(registered(), reference("SW-00123", LocalDate.of(2025, 1, 6)))
                .when(new RecordCouncilReference(child, "SW-00123", TODAY))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(registered(), reference("SW-00123", LocalDate.of(2025, 1, 6)))
                .when(new RecordCouncilReference(child, "CS-9", TODAY))
                .expectEvents(reference("CS-9", TODAY));
    }

    @Test
    void aNewReferenceCannotDateFromBeforeTheOneInUse() {
        fixture.given(registered(), reference("SW-00123", LocalDate.of(2025, 1, 6)))
                .when(new RecordCouncilReference(child, "CS-9", LocalDate.of(2025, 1, 5)))
                .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER)).expectNoEvents();
    }

    @Test
    void aReferenceBeforeBirthInTheFutureBlankOrTooLongIsRefused() {
        fixture.given(registered()).when(new RecordCouncilReference(child, "SW-1", BORN.minusDays(1)))
                .expectException(Refused.with(RefusalCode.DATE_BEFORE_BIRTH)).expectNoEvents();
        fixture.given(registered()).when(new RecordCouncilReference(child, "SW-1", TODAY.plusDays(1)))
                .expectException(Refused.with(RefusalCode.DATE_IN_FUTURE)).expectNoEvents();
        fixture.given(registered()).when(new RecordCouncilReference(child, "  ", TODAY))
                .expectException(Refused.with(RefusalCode.VALIDATION)).expectNoEvents();
        fixture.given(registered()).when(new RecordCouncilReference(child, "X".repeat(51), TODAY))
                .expectException(Refused.with(RefusalCode.VALIDATION)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterChild(child, "Ada", "Smith", BORN, false, "X".repeat(51)))
                .expectException(Refused.with(RefusalCode.VALIDATION)).expectNoEvents();
    }

    @Test
    void aReferenceMarkedInErrorIsNoLongerInUseSoAnEarlierDateMayBeRecorded() {
        CouncilReferenceRecorded wrong = reference("SW-99999", LocalDate.of(2025, 6, 2));
        StandingFixtures.given(fixture, child, List.of(registered(), wrong), wrong)
                .when(new RecordCouncilReference(child, "SW-00123", LocalDate.of(2025, 5, 1)))
                .expectEvents(reference("SW-00123", LocalDate.of(2025, 5, 1)));
    }
}
