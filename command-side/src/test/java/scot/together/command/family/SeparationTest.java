package scot.together.command.family;

import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.together.api.RecordedBy;
import scot.together.api.RefusalCode;
import scot.together.api.family.ApproveSeparation;
import scot.together.api.family.EndSeparation;
import scot.together.api.family.RefuseSeparation;
import scot.together.api.family.RequestSeparation;
import scot.together.api.family.ReviewSeparation;
import scot.together.command.StandingFixtures;
import scot.together.command.Refused;
import scot.together.command.RuleViolation;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildsView;
import scot.together.events.family.ReviewOutcome;
import scot.together.events.family.SeparationApproved;
import scot.together.events.family.SeparationEnded;
import scot.together.events.family.SeparationRefused;
import scot.together.events.family.SeparationRequested;
import scot.together.events.family.SeparationReviewed;

class SeparationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final LocalDate ASSESSED = LocalDate.of(2025, 5, 1);
    private static final Map<String, ?> SOCIAL_WORKER = Map.of(RecordedBy.USER, "social.worker");
    private static final Map<String, ?> HEAD = Map.of(RecordedBy.USER, "head.of.service");

    private final FakeChildrenOnRecord children = new FakeChildrenOnRecord();
    private final UUID id = UUID.randomUUID();
    private FixtureConfiguration<Separation> fixture;
    private UUID amy;
    private UUID bob;
    private UUID cat;
    private Assessment assessment;

    @BeforeEach
    void setUp() {
        fixture = StandingFixtures.of(Separation.class, Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London"))
                .toInstant(), ZoneId.of("Europe/London")), children);
        amy = children.child("Amy", LocalDate.of(2015, 1, 1));
        bob = children.child("Bob", LocalDate.of(2018, 1, 1));
        cat = children.child("Cat", LocalDate.of(2019, 1, 1));
        assessment = new Assessment("Together or Apart", ASSESSED, "Apart for now");
    }

    private List<ChildsView> views() {
        return List.of(new ChildsView(amy, "I miss Bob", null), new ChildsView(bob, null, "Too young"));
    }

    private RequestSeparation request(List<ChildsView> views) {
        return new RequestSeparation(id, List.of(amy, bob), assessment, "Risk", LocalDate.of(2025, 12, 1), views);
    }

    /** The request, recorded by the social worker (its metadata names the requester). */
    private GenericEventMessage<SeparationRequested> requested() {
        return new GenericEventMessage<>(new SeparationRequested(id, List.of(amy, bob), assessment, "Risk",
                LocalDate.of(2025, 12, 1), views(), TODAY), MetaData.from(SOCIAL_WORKER));
    }

    private SeparationApproved approved() {
        return new SeparationApproved(id, List.of(amy, bob), "Agreed", LocalDate.of(2025, 5, 10));
    }

    @Test
    void isRequestedWithAnAssessmentAndTheViewOfEachChild() {
        fixture.givenNoPriorActivity().when(request(views()), SOCIAL_WORKER)
                .expectEvents(new SeparationRequested(id, List.of(amy, bob), assessment, "Risk",
                        LocalDate.of(2025, 12, 1), views(), TODAY));
    }

    @Test
    void aReviewIsPlannedAtMostTwoYearsAhead() {
        fixture.givenNoPriorActivity()
                .when(new RequestSeparation(id, List.of(amy, bob), assessment, "Risk", LocalDate.of(99999, 1, 1),
                        views()), SOCIAL_WORKER)
                .expectException(Refused.with(RefusalCode.DATE_TOO_FAR_AHEAD))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RequestSeparation(id, List.of(amy, bob), assessment, "Risk", TODAY.plusYears(2), views()),
                        SOCIAL_WORKER)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void eachChildsViewOrWhyNotIsRequired() {
        fixture.givenNoPriorActivity().when(request(List.of(new ChildsView(amy, "I miss Bob", null))))
                .expectException(RuleViolation.class).expectExceptionMessage(containsString(bob.toString()));
        fixture.givenNoPriorActivity().when(request(List.of(new ChildsView(amy, "yes", "asleep"),
                        new ChildsView(bob, null, "Too young"))))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(request(List.of(new ChildsView(amy, " ", null),
                        new ChildsView(bob, null, "Too young"))))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aBrotherOrSisterNotSeparatedMayGiveAViewToo() {
        List<ChildsView> views = List.of(new ChildsView(amy, "I miss Bob", null),
                new ChildsView(bob, null, "Too young"), new ChildsView(cat, "I want us all together", null));
        fixture.givenNoPriorActivity().when(request(views))
                .expectEvents(new SeparationRequested(id, List.of(amy, bob), assessment, "Risk",
                        LocalDate.of(2025, 12, 1), views, TODAY));
    }

    @Test
    void needsTwoDifferentChildrenWhoAreOnRecord() {
        fixture.givenNoPriorActivity().when(new RequestSeparation(id, List.of(amy, amy), assessment, "Risk",
                LocalDate.of(2025, 12, 1), views())).expectException(RuleViolation.class);
        UUID stranger = UUID.randomUUID();
        fixture.givenNoPriorActivity().when(new RequestSeparation(id, List.of(amy, stranger), assessment, "Risk",
                        LocalDate.of(2025, 12, 1), List.of(new ChildsView(amy, "x", null),
                        new ChildsView(stranger, "y", null))))
                .expectException(RuleViolation.class).expectExceptionMessage(containsString("There is no child"));
    }

    @Test
    void theAssessmentIsNotInTheFuture() {
        assessment = new Assessment("Together or Apart", TODAY.plusDays(1), "Not yet");
        fixture.givenNoPriorActivity().when(request(views())).expectException(RuleViolation.class);
    }

    @Test
    void anotherHeadOfServiceApprovesFromTheDayTheyDecided() {
        fixture.given(requested())
                .when(new ApproveSeparation(id, "Agreed", LocalDate.of(2025, 5, 10)), HEAD)
                .expectEvents(approved());
    }

    @Test
    void theDecisionDefaultsToToday() {
        fixture.given(requested())
                .when(new ApproveSeparation(id, "Agreed", null), HEAD)
                .expectEvents(new SeparationApproved(id, List.of(amy, bob), "Agreed", TODAY));
    }

    @Test
    void theRequesterNeverDecides() {
        fixture.given(requested()).when(new ApproveSeparation(id, "Mine", null), SOCIAL_WORKER)
                .expectException(Refused.with(RefusalCode.SELF_APPROVAL))
                .expectNoEvents();
        fixture.given(requested()).when(new RefuseSeparation(id, "Mine"), SOCIAL_WORKER)
                .expectException(Refused.with(RefusalCode.SELF_APPROVAL));
    }

    @Test
    void aDecisionIsTakenOnce() {
        fixture.given(requested(), approved()).when(new ApproveSeparation(id, "Again", null), HEAD)
                .expectException(Refused.with(RefusalCode.ALREADY_DECIDED))
                .expectNoEvents();
        fixture.given(requested(), new SeparationRefused(id, List.of(amy, bob), "No", TODAY))
                .when(new ApproveSeparation(id, "Changed my mind", null), HEAD)
                .expectException(Refused.with(RefusalCode.ALREADY_DECIDED));
        fixture.given(requested()).when(new RefuseSeparation(id, "Together"), HEAD)
                .expectEvents(new SeparationRefused(id, List.of(amy, bob), "Together", TODAY));
    }

    @Test
    void theDecisionIsNeitherInTheFutureNorBeforeTheAssessment() {
        fixture.given(requested()).when(new ApproveSeparation(id, "Later", TODAY.plusDays(1)), HEAD)
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(requested()).when(new ApproveSeparation(id, "Early", ASSESSED.minusDays(1)), HEAD)
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(requested()).when(new ApproveSeparation(id, "Same day", ASSESSED), HEAD)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void isReviewedOnlyWhileApproved() {
        fixture.given(requested()).when(new ReviewSeparation(id, TODAY, ReviewOutcome.CONTINUE, TODAY.plusMonths(6)))
                .expectException(RuleViolation.class);
        fixture.given(requested(), approved())
                .when(new ReviewSeparation(id, TODAY, ReviewOutcome.CONTINUE, TODAY.plusMonths(6)))
                .expectEvents(new SeparationReviewed(id, List.of(amy, bob), ReviewOutcome.CONTINUE,
                        TODAY.plusMonths(6), TODAY));
        fixture.given(requested(), approved())
                .when(new ReviewSeparation(id, TODAY, ReviewOutcome.CONTINUE, null))
                .expectException(RuleViolation.class);
        fixture.given(requested(), approved())
                .when(new ReviewSeparation(id, LocalDate.of(2025, 5, 9), ReviewOutcome.REUNITE, null))
                .expectException(RuleViolation.class);
        fixture.given(requested(), approved(), new SeparationEnded(id, List.of(amy, bob), "Together", TODAY))
                .when(new ReviewSeparation(id, TODAY, ReviewOutcome.REUNITE, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void endsOnceAfterItsApproval() {
        fixture.given(requested(), approved()).when(new EndSeparation(id, TODAY, "Living together again"))
                .expectEvents(new SeparationEnded(id, List.of(amy, bob), "Living together again", TODAY));
        fixture.given(requested(), approved(), new SeparationEnded(id, List.of(amy, bob), "x", TODAY))
                .when(new EndSeparation(id, TODAY, "again")).expectException(RuleViolation.class);
        fixture.given(requested(), approved()).when(new EndSeparation(id, LocalDate.of(2025, 5, 9), "early"))
                .expectException(RuleViolation.class);
        fixture.given(requested()).when(new EndSeparation(id, TODAY, "never approved"))
                .expectException(RuleViolation.class);
    }

    @Test
    void anApprovalMarkedInErrorLeavesItWaitingForADecisionAgain() {
        StandingFixtures.given(fixture, id, List.of(requested(), approved()), approved())
                .when(new ApproveSeparation(id, "Decided again", TODAY), HEAD)
                .expectEvents(new SeparationApproved(id, List.of(amy, bob), "Decided again", TODAY));
        StandingFixtures.given(fixture, id, List.of(requested(), approved()), approved())
                .when(new RefuseSeparation(id, "Together after all"), HEAD)
                .expectEvents(new SeparationRefused(id, List.of(amy, bob), "Together after all", TODAY));
        StandingFixtures.given(fixture, id, List.of(requested(), approved()), approved())
                .when(new ApproveSeparation(id, "Mine", TODAY), SOCIAL_WORKER)
                .expectException(Refused.with(RefusalCode.SELF_APPROVAL));
    }

    @Test
    void aSeparationWhoseApprovalWasInErrorIsNotInForce() {
        StandingFixtures.given(fixture, id, List.of(requested(), approved()), approved())
                .when(new ReviewSeparation(id, TODAY, ReviewOutcome.CONTINUE, TODAY.plusMonths(6)))
                .expectException(Refused.with(RefusalCode.SEPARATION_NOT_IN_FORCE))
                .expectNoEvents();
        StandingFixtures.given(fixture, id, List.of(requested(), approved()), approved())
                .when(new EndSeparation(id, TODAY, "Together"))
                .expectException(Refused.with(RefusalCode.SEPARATION_NOT_IN_FORCE))
                .expectNoEvents();
    }

    @Test
    void aRefusalMarkedInErrorLetsAHeadOfServiceApprove() {
        SeparationRefused refused = new SeparationRefused(id, List.of(amy, bob), "No", TODAY);
        StandingFixtures.given(fixture, id, List.of(requested(), refused), refused)
                .when(new ApproveSeparation(id, "Agreed", TODAY), HEAD)
                .expectEvents(new SeparationApproved(id, List.of(amy, bob), "Agreed", TODAY));
    }

    @Test
    void aDecisionNotInErrorStillStands() {
        StandingFixtures.given(fixture, id, List.of(requested(), approved()),
                        new SeparationApproved(id, List.of(amy, bob), "Another", LocalDate.of(2025, 5, 11)))
                .when(new ApproveSeparation(id, "Again", null), HEAD)
                .expectException(Refused.with(RefusalCode.ALREADY_DECIDED))
                .expectNoEvents();
    }

    @Test
    void aRequestWhoseFirstEventIsInErrorCannotBeDecided() {
        StandingFixtures.given(fixture, id, List.of(requested()), requested())
                .when(new ApproveSeparation(id, "Agreed", TODAY), HEAD)
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
