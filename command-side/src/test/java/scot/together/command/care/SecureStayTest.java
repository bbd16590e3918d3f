package scot.together.command.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.together.api.RefusalCode;
import scot.together.api.care.AdmitToSecureCare;
import scot.together.api.care.DischargeFromSecureCare;
import scot.together.command.EffectiveDates;
import scot.together.command.StandingFixtures;
import scot.together.command.Refused;
import scot.together.events.care.SecureCareAdmitted;
import scot.together.events.care.SecureCareDischarged;

class SecureStayTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final UUID CHILD = UUID.randomUUID();
    static final UUID STAY = UUID.randomUUID();

    FixtureConfiguration<SecureStay> fixture;
    /** The child's other stays, as the look-up holds them: a stay holds from admitted, not on discharged. */
    final List<SecureStays.Stay> recorded = new ArrayList<>();
    final List<UUID> locked = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = StandingFixtures.of(SecureStay.class, Clock.fixed(ZonedDateTime.of(TODAY.atTime(12, 0),
                ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London")), new ChildRecords() {
            @Override
            public LocalDate bornOn(UUID childId) {
                return LocalDate.of(2010, 1, 1);
            }

            @Override
            public boolean careExperiencedOn(UUID childId, LocalDate date) {
                return true;
            }
        }, (SecureStays) (childId, admittedOn) -> {
            locked.add(childId);
            return recorded.stream().filter(s -> s.discharged() == null || s.discharged().isAfter(admittedOn))
                    .findFirst();
        });
    }

    static AdmitToSecureCare admit(LocalDate date) {
        return new AdmitToSecureCare(STAY, CHILD, date, "Risk to self");
    }

    @Test
    void aChildOutOfSecureCareIsAdmittedAndTheChildsLockIsTaken() {
        recorded.add(new SecureStays.Stay(UUID.randomUUID(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)));
        fixture.givenNoPriorActivity()
                .when(admit(LocalDate.of(2025, 2, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SecureCareAdmitted(STAY, CHILD, "Risk to self", LocalDate.of(2025, 2, 1)));
        assertThat(locked).containsExactly(CHILD);
    }

    @Test
    void anAdmissionWhileTheChildIsStillInSecureCareIsRefused() {
        recorded.add(new SecureStays.Stay(UUID.randomUUID(), LocalDate.of(2025, 3, 1), null));
        fixture.givenNoPriorActivity()
                .when(admit(LocalDate.of(2025, 5, 1)))
                .expectNoEvents()
                .expectException(Refused.with(RefusalCode.ALREADY_IN_SECURE_CARE));
    }

    @Test
    void anAdmissionInsideAStayAlreadyDischargedIsRefused() {
        recorded.add(new SecureStays.Stay(UUID.randomUUID(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)));
        fixture.givenNoPriorActivity()
                .when(admit(LocalDate.of(2025, 3, 31)))
                .expectNoEvents()
                .expectException(Refused.with(RefusalCode.ALREADY_IN_SECURE_CARE));
    }

    @Test
    void aBackDatedAdmissionBeforeARecordedStayIsRefusedBecauseItWouldRunIntoIt() {
        recorded.add(new SecureStays.Stay(UUID.randomUUID(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)));
        fixture.givenNoPriorActivity()
                .when(admit(LocalDate.of(2025, 1, 15)))
                .expectNoEvents()
                .expectException(Refused.with(RefusalCode.ALREADY_IN_SECURE_CARE));
    }

    @Test
    void anAdmissionInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(admit(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(Refused.with(RefusalCode.DATE_IN_FUTURE));
    }

    @Test
    void theDischargeOnTheDayOfAdmissionIsRecorded() {
        fixture.given(new SecureCareAdmitted(STAY, CHILD, "Risk to self", LocalDate.of(2025, 6, 1)))
                .when(new DischargeFromSecureCare(STAY, CHILD, LocalDate.of(2025, 6, 1)))
                .expectEvents(new SecureCareDischarged(STAY, CHILD, LocalDate.of(2025, 6, 1)));
    }

    @Test
    void aDischargeBeforeTheAdmissionIsRefused() {
        fixture.given(new SecureCareAdmitted(STAY, CHILD, "Risk to self", LocalDate.of(2025, 6, 1)))
                .when(new DischargeFromSecureCare(STAY, CHILD, LocalDate.of(2025, 5, 31)))
                .expectNoEvents()
                .expectException(Refused.with(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aSecondDischargeIsRefused() {
        fixture.given(new SecureCareAdmitted(STAY, CHILD, "Risk to self", LocalDate.of(2025, 6, 1)),
                        new SecureCareDischarged(STAY, CHILD, LocalDate.of(2025, 6, 10)))
                .when(new DischargeFromSecureCare(STAY, CHILD, LocalDate.of(2025, 6, 20)))
                .expectNoEvents()
                .expectException(Refused.with(RefusalCode.ALREADY_DISCHARGED));
    }

    @Test
    void theDischargeOfAnotherChildsStayIsNotFound() {
        fixture.given(new SecureCareAdmitted(STAY, CHILD, "Risk to self", LocalDate.of(2025, 6, 1)))
                .when(new DischargeFromSecureCare(STAY, UUID.randomUUID(), LocalDate.of(2025, 6, 20)))
                .expectNoEvents()
                .expectException(Refused.with(RefusalCode.NOT_FOUND));
    }

    @Test
    void aDischargeMarkedInErrorLeavesTheChildToBeDischargedAgain() {
        SecureCareDischarged wrong = new SecureCareDischarged(STAY, CHILD, LocalDate.of(2025, 6, 10));
        StandingFixtures.given(fixture, STAY, List.of(new SecureCareAdmitted(STAY, CHILD, "Risk to self", LocalDate.of(2025, 6, 1)), wrong), wrong)
                .when(new DischargeFromSecureCare(STAY, CHILD, LocalDate.of(2025, 6, 20)))
                .expectEvents(new SecureCareDischarged(STAY, CHILD, LocalDate.of(2025, 6, 20)));
    }

    @Test
    void aStayWhoseAdmissionWasMarkedInErrorIsNotDischarged() {
        SecureCareAdmitted wrong = new SecureCareAdmitted(STAY, CHILD, "Risk to self", LocalDate.of(2025, 6, 1));
        StandingFixtures.given(fixture, STAY, List.of(wrong), wrong)
                .when(new DischargeFromSecureCare(STAY, CHILD, LocalDate.of(2025, 6, 20)))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }
}
