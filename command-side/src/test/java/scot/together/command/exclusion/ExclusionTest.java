package scot.together.command.exclusion;


import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import scot.together.api.RefusalCode;
import scot.together.api.exclusions.ApproveExclusion;
import scot.together.api.exclusions.ProposeExclusion;
import scot.together.api.exclusions.RecordInformalExclusion;
import scot.together.api.exclusions.RefuseExclusion;
import scot.together.command.StandingFixtures;
import scot.together.command.Refused;
import scot.together.command.RuleViolation;
import scot.together.command.care.ChildRecords;
import scot.together.events.exclusion.ExclusionApprovalGiven;
import scot.together.events.exclusion.ExclusionApproved;
import scot.together.events.exclusion.ExclusionProposed;
import scot.together.events.exclusion.ExclusionRefused;
import scot.together.events.exclusion.InformalExclusionRecorded;

class ExclusionTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    static final UUID EXCLUSION = UUID.randomUUID();
    static final UUID CHILD = UUID.randomUUID();
    static final String EDUCATION = "HEAD_OF_EDUCATION";
    static final String CFSW = "HEAD_OF_CF_SOCIAL_WORK";
    /** The child is in an episode from 1 January 2025 onwards. */
    static final LocalDate CARE_BEGAN = LocalDate.of(2025, 1, 1);

    FixtureConfiguration<Exclusion> fixture;

    @BeforeEach
    void setUp() {
        fixture = StandingFixtures.of(Exclusion.class, Clock.fixed(ZonedDateTime.of(TODAY.atTime(12, 0),
                ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London")), new ChildRecords() {
            @Override
            public LocalDate bornOn(UUID childId) {
                return LocalDate.of(2010, 1, 1);
            }

            @Override
            public boolean careExperiencedOn(UUID childId, LocalDate date) {
                return !date.isBefore(CARE_BEGAN);
            }
        });
    }

    static Map<String, Object> as(String user, String... roles) {
        return Map.of("recordedBy", user, "role", roles[0], "roles", String.join(",", roles));
    }

    static ExclusionProposed proposedBy(String user) {
        return new ExclusionProposed(EXCLUSION, CHILD, "Alva Academy", LocalDate.of(2025, 3, 12), 3, "Fight",
                user, TODAY);
    }

    static ExclusionApprovalGiven approval(String user, String role) {
        return new ExclusionApprovalGiven(EXCLUSION, CHILD, user, role, "ok", TODAY);
    }

    @Nested
    class Proposing {
        @Test
        void aCareExperiencedPupilMayBeProposedForExclusionAndTheProposerIsKept() {
            fixture.givenNoPriorActivity()
                    .when(new ProposeExclusion(EXCLUSION, CHILD, " Alva Academy ", LocalDate.of(2025, 3, 12), 3,
                            "Fight"), as("social.worker", "SOCIAL_WORKER"))
                    .expectEvents(proposedBy("social.worker"));
        }

        @Test
        void anExclusionLastsOneToTwoHundredSchoolDaysAndStartsAtMostTwoYearsAhead() {
            for (int days : new int[] {0, 201, 300, 365}) {
                fixture.givenNoPriorActivity()
                        .when(new ProposeExclusion(EXCLUSION, CHILD, "Alva Academy", TODAY, days, "r"),
                                as("social.worker", "SOCIAL_WORKER"))
                        .expectException(Refused.with(RefusalCode.VALIDATION))
                        .expectNoEvents();
                fixture.givenNoPriorActivity()
                        .when(new RecordInformalExclusion(EXCLUSION, CHILD, "Alva Academy", TODAY, days, "sent home"))
                        .expectException(Refused.with(RefusalCode.VALIDATION))
                        .expectNoEvents();
            }
            fixture.givenNoPriorActivity()
                    .when(new ProposeExclusion(EXCLUSION, CHILD, "Alva Academy", LocalDate.of(9999, 1, 4), 1, "r"),
                            as("social.worker", "SOCIAL_WORKER"))
                    .expectException(Refused.with(RefusalCode.DATE_TOO_FAR_AHEAD))
                    .expectNoEvents();
        }

        @Test
        void onTheFirstDayOfTheEpisodeThePupilIsCareExperienced() {
            fixture.givenNoPriorActivity()
                    .when(new ProposeExclusion(EXCLUSION, CHILD, "Alva Academy", CARE_BEGAN, 1, "r"),
                            as("social.worker", "SOCIAL_WORKER"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aPupilNotInAnEpisodeOnTheStartDateIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new ProposeExclusion(EXCLUSION, CHILD, "Alva Academy", CARE_BEGAN.minusDays(1), 1, "r"),
                            as("social.worker", "SOCIAL_WORKER"))
                    .expectException(Refused.with(RefusalCode.NOT_CARE_EXPERIENCED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Approving {
        @Test
        void oneApprovalIsNotEnough() {
            fixture.given(proposedBy("social.worker"))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("head.of.education", EDUCATION))
                    .expectEvents(approval("head.of.education", EDUCATION));
        }

        @Test
        void oneOfEachRoleByTwoPeopleApprovesIt() {
            fixture.given(proposedBy("social.worker"), approval("head.of.education", EDUCATION))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("head.of.cfsw", CFSW))
                    .expectEvents(approval("head.of.cfsw", CFSW), new ExclusionApproved(EXCLUSION, CHILD, TODAY));
        }

        @Test
        void theOrderOfTheTwoApprovalsDoesNotMatter() {
            fixture.given(proposedBy("social.worker"), approval("head.of.cfsw", CFSW))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("head.of.education", EDUCATION))
                    .expectEvents(approval("head.of.education", EDUCATION),
                            new ExclusionApproved(EXCLUSION, CHILD, TODAY));
        }

        @Test
        void theProposerNeverApproves() {
            fixture.given(proposedBy("head.of.education"))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.SELF_APPROVAL))
                    .expectNoEvents();
        }

        @Test
        void theProposerIsRefusedEvenAsTheSecondApprover() {
            fixture.given(proposedBy("head.of.education"), approval("head.of.cfsw", CFSW))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.SELF_APPROVAL))
                    .expectNoEvents();
        }

        @Test
        void aPersonHoldingBothRolesGivesTheOtherRoleButNeverBothApprovals() {
            fixture.given(proposedBy("social.worker"), approval("both.heads", EDUCATION))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("both.heads", EDUCATION, CFSW))
                    .expectException(Refused.with(RefusalCode.SAME_PERSON_BOTH_APPROVALS))
                    .expectNoEvents();
        }

        @Test
        void aPersonHoldingBothRolesMayChooseTheRoleTheyApproveIn() {
            fixture.given(proposedBy("social.worker"))
                    .when(new ApproveExclusion(EXCLUSION, "ok", CFSW), as("both.heads", EDUCATION, CFSW))
                    .expectEvents(approval("both.heads", CFSW));
        }

        @Test
        void aRoleChosenThatHasAlreadyApprovedIsRefused() {
            fixture.given(proposedBy("social.worker"), approval("head.of.cfsw", CFSW))
                    .when(new ApproveExclusion(EXCLUSION, "ok", CFSW), as("both.heads", EDUCATION, CFSW))
                    .expectException(Refused.with(RefusalCode.ROLE_ALREADY_APPROVED))
                    .expectNoEvents();
        }

        @Test
        void aRoleChosenThatThePersonDoesNotHoldIsForbidden() {
            fixture.given(proposedBy("social.worker"))
                    .when(new ApproveExclusion(EXCLUSION, "ok", CFSW), as("head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.FORBIDDEN))
                    .expectNoEvents();
        }

        @Test
        void aPersonHoldingBothRolesActsInTheRoleNotYetGiven() {
            fixture.given(proposedBy("social.worker"), approval("head.of.education", EDUCATION))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("both.heads", EDUCATION, CFSW))
                    .expectEvents(approval("both.heads", CFSW), new ExclusionApproved(EXCLUSION, CHILD, TODAY));
        }

        @Test
        void aPersonHoldingBothRolesFirstActsAsHeadOfEducation() {
            fixture.given(proposedBy("social.worker"))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("both.heads", CFSW, EDUCATION))
                    .expectEvents(approval("both.heads", EDUCATION));
        }

        @Test
        void theSamePersonApprovingTwiceIsRefused() {
            fixture.given(proposedBy("social.worker"), approval("head.of.education", EDUCATION))
                    .when(new ApproveExclusion(EXCLUSION, "again"), as("head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.SAME_PERSON_BOTH_APPROVALS))
                    .expectNoEvents();
        }

        @Test
        void aSecondApprovalInTheSameRoleByAnotherPersonIsRefused() {
            fixture.given(proposedBy("social.worker"), approval("head.of.education", EDUCATION))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("another.head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.ROLE_ALREADY_APPROVED))
                    .expectNoEvents();
        }

        @Test
        void someoneWithoutAHeadRoleIsForbidden() {
            fixture.given(proposedBy("social.worker"))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("head.of.service", "HEAD_OF_SERVICE"))
                    .expectException(Refused.with(RefusalCode.FORBIDDEN))
                    .expectNoEvents();
        }

        @Test
        void anApprovedExclusionIsDecided() {
            fixture.given(proposedBy("social.worker"), approval("head.of.education", EDUCATION),
                            approval("head.of.cfsw", CFSW), new ExclusionApproved(EXCLUSION, CHILD, TODAY))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("another.head", CFSW))
                    .expectException(Refused.with(RefusalCode.ALREADY_DECIDED))
                    .expectNoEvents();
        }

        @Test
        void aRefusedExclusionCannotBeApproved() {
            fixture.given(proposedBy("social.worker"),
                            new ExclusionRefused(EXCLUSION, CHILD, "head.of.cfsw", CFSW, "no", TODAY))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.ALREADY_DECIDED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Refusing {
        @Test
        void eitherHeadRefusesAndEndsIt() {
            fixture.given(proposedBy("social.worker"), approval("head.of.education", EDUCATION))
                    .when(new RefuseExclusion(EXCLUSION, "Shortest period not shown"), as("head.of.cfsw", CFSW))
                    .expectEvents(new ExclusionRefused(EXCLUSION, CHILD, "head.of.cfsw", CFSW,
                            "Shortest period not shown", TODAY));
        }

        @Test
        void theProposerCannotRefuseTheirOwnProposal() {
            fixture.given(proposedBy("head.of.education"))
                    .when(new RefuseExclusion(EXCLUSION, "no"), as("head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.SELF_APPROVAL))
                    .expectNoEvents();
        }

        @Test
        void aDecidedExclusionCannotBeRefused() {
            fixture.given(proposedBy("social.worker"),
                            new ExclusionRefused(EXCLUSION, CHILD, "head.of.cfsw", CFSW, "no", TODAY))
                    .when(new RefuseExclusion(EXCLUSION, "no again"), as("head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.ALREADY_DECIDED))
                    .expectNoEvents();
        }

        @Test
        void aSocialWorkerCannotRefuse() {
            fixture.given(proposedBy("head.of.service"))
                    .when(new RefuseExclusion(EXCLUSION, "no"), as("social.worker", "SOCIAL_WORKER"))
                    .expectException(Refused.with(RefusalCode.FORBIDDEN))
                    .expectNoEvents();
        }
    }

    @Nested
    class DecisionsMarkedInError {
        @Test
        void anApprovalMarkedInErrorNoLongerCountsSoTheExclusionWaitsForThatHeadAgain() {
            StandingFixtures.given(fixture, EXCLUSION, List.of(proposedBy("social.worker"), approval("head.of.education", EDUCATION),
                            approval("head.of.cfsw", CFSW), new ExclusionApproved(EXCLUSION, CHILD, TODAY)), approval("head.of.cfsw", CFSW))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("another.cfsw", CFSW))
                    .expectEvents(new ExclusionApprovalGiven(EXCLUSION, CHILD, "another.cfsw", CFSW, "ok", TODAY),
                            new ExclusionApproved(EXCLUSION, CHILD, TODAY));
        }

        @Test
        void theHeadWhoseApprovalWasInErrorMayDecideAgainAndRefuse() {
            StandingFixtures.given(fixture, EXCLUSION, List.of(proposedBy("social.worker"), approval("head.of.education", EDUCATION)), approval("head.of.education", EDUCATION))
                    .when(new RefuseExclusion(EXCLUSION, "no"), as("head.of.education", EDUCATION))
                    .expectEvents(new ExclusionRefused(EXCLUSION, CHILD, "head.of.education", EDUCATION, "no",
                            TODAY));
        }

        @Test
        void theHeadWhoseApprovalStillStandsDoesNotApproveAgain() {
            StandingFixtures.given(fixture, EXCLUSION, List.of(proposedBy("social.worker"), approval("head.of.education", EDUCATION),
                            approval("head.of.cfsw", CFSW), new ExclusionApproved(EXCLUSION, CHILD, TODAY)), approval("head.of.cfsw", CFSW))
                    .when(new ApproveExclusion(EXCLUSION, "again"), as("head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.SAME_PERSON_BOTH_APPROVALS))
                    .expectNoEvents();
        }

        @Test
        void aRefusalMarkedInErrorLetsTheHeadsDecideAgain() {
            ExclusionRefused refusal = new ExclusionRefused(EXCLUSION, CHILD, "head.of.cfsw", CFSW, "no", TODAY);
            StandingFixtures.given(fixture, EXCLUSION, List.of(proposedBy("social.worker"), approval("head.of.education", EDUCATION), refusal), refusal)
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("head.of.cfsw", CFSW))
                    .expectEvents(new ExclusionApprovalGiven(EXCLUSION, CHILD, "head.of.cfsw", CFSW, "ok", TODAY),
                            new ExclusionApproved(EXCLUSION, CHILD, TODAY));
        }

        @Test
        void aRefusalNotInErrorStillEndsItWhenAnotherDecisionWasInError() {
            StandingFixtures.given(fixture, EXCLUSION, List.of(proposedBy("social.worker"), approval("head.of.education", EDUCATION),
                            new ExclusionRefused(EXCLUSION, CHILD, "head.of.cfsw", CFSW, "no", TODAY)), approval("head.of.education", EDUCATION))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.ALREADY_DECIDED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Informal {
        @Test
        void anInformalExclusionIsRecordedOnTheDayItHappened() {
            fixture.givenNoPriorActivity()
                    .when(new RecordInformalExclusion(EXCLUSION, CHILD, "Alva Academy", LocalDate.of(2025, 2, 3), 2,
                            "Sent home at lunchtime"), as("social.worker", "SOCIAL_WORKER"))
                    .expectEvents(new InformalExclusionRecorded(EXCLUSION, CHILD, "Alva Academy", 2,
                            "Sent home at lunchtime", LocalDate.of(2025, 2, 3)));
        }

        @Test
        void anInformalExclusionIsNotInTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(new RecordInformalExclusion(EXCLUSION, CHILD, "Alva Academy", TODAY.plusDays(1), 2, "x"),
                            as("social.worker", "SOCIAL_WORKER"))
                    .expectException(Refused.with(RefusalCode.DATE_IN_FUTURE))
                    .expectNoEvents();
        }

        @Test
        void anInformalExclusionHasNothingToApprove() {
            fixture.given(new InformalExclusionRecorded(EXCLUSION, CHILD, "Alva Academy", 2, "x", TODAY))
                    .when(new ApproveExclusion(EXCLUSION, "ok"), as("head.of.education", EDUCATION))
                    .expectException(Refused.with(RefusalCode.INFORMAL_NOT_DECIDED))
                    .expectNoEvents();
        }
    }
}
