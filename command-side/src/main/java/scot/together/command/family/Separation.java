package scot.together.command.family;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static scot.together.command.EffectiveDates.happened;
import static scot.together.command.EffectiveDates.planned;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.api.RecordedDates;
import scot.together.api.RefusalCode;
import scot.together.command.corrections.CorrectableRecord;
import scot.together.api.RecordedBy;
import scot.together.api.family.ApproveSeparation;
import scot.together.api.family.EndSeparation;
import scot.together.api.family.RefuseSeparation;
import scot.together.api.family.RequestSeparation;
import scot.together.api.family.ReviewSeparation;
import scot.together.command.RuleViolation;
import scot.together.command.child.Child;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildPair;
import scot.together.events.family.ChildsView;
import scot.together.events.family.ReviewOutcome;
import scot.together.events.family.SeparationApproved;
import scot.together.events.family.SeparationEnded;
import scot.together.events.family.SeparationMoveProposed;
import scot.together.events.family.SeparationPairsNamed;
import scot.together.events.family.SeparationRefused;
import scot.together.events.family.SeparationRequested;
import scot.together.events.family.SeparationReviewed;

/**
 * Brothers and sisters living apart, with the Head of Service's express agreement: requested
 * with an assessment and the children's views, approved or refused once by someone other
 * than the requester, reviewed while approved, and ended when they live together again.
 */
@Aggregate(repository = "separationRepository")
public class Separation extends CorrectableRecord {


    private enum Status { REQUESTED, APPROVED, REFUSED, ENDED }

    @AggregateIdentifier
    private UUID separationId;
    private List<UUID> childIds;
    private String requestedBy;
    private LocalDate assessedOn;
    private Status status;
    private LocalDate decidedOn;
    private LocalDate lastReview;

    protected Separation() {
        // for Axon
    }

    @CommandHandler
    public Separation(RequestSeparation command, Clock clock, ChildrenOnRecord children) {
        Set<UUID> distinct = new LinkedHashSet<>(command.childIds());
        if (distinct.size() < 2 || distinct.size() != command.childIds().size()) {
            throw RuleViolation.validation("childIds must name two or more different children.");
        }
        Assessment assessment = command.assessment();
        if (assessment == null || blank(assessment.kind()) || assessment.completedOn() == null
                || blank(assessment.summary())) {
            throw RuleViolation.validation("assessment needs its kind, the day it was completed (completedOn)"
                    + " and a summary.");
        }
        RuleViolation.at("assessment.completedOn",
                () -> happened(assessment.completedOn(), "The assessment's completion", clock));
        RuleViolation.at("reviewBy", () -> planned(command.reviewBy(), "The review date (reviewBy)", clock));
        if (command.reviewBy().isBefore(assessment.completedOn())) {
            throw RuleViolation.validation("The review date (" + RecordedDates.inWords(command.reviewBy())
                    + ") cannot be before the day the assessment was completed ("
                    + RecordedDates.inWords(assessment.completedOn()) + ").").at("reviewBy");
        }
        checkViews(command.views(), distinct);
        for (ChildsView view : command.views()) {
            distinct.add(view.childId());
        }
        for (UUID id : distinct) {
            children.find(id).orElseThrow(() -> RuleViolation.notFound("There is no child " + id + "."));
        }
        List<ChildPair> apart = command.apart() == null ? null : pairs(command.apart(), command.childIds());
        apply(new SeparationRequested(command.separationId(), List.copyOf(command.childIds()), assessment,
                command.reason(), command.reviewBy(), List.copyOf(command.views()), LocalDate.now(clock)));
        if (apart != null) {
            apply(new SeparationPairsNamed(command.separationId(), List.copyOf(command.childIds()), apart,
                    LocalDate.now(clock)));
        }
    }

    /**
     * The pairs who would live apart: each of two different children of the request, named once
     * (either way round), and every child of the request in at least one pair, or it would not
     * be separated from anyone.
     */
    private static List<ChildPair> pairs(List<ChildPair> apart, List<UUID> childIds) {
        Set<Set<UUID>> seen = new HashSet<>();
        Set<UUID> named = new HashSet<>();
        for (ChildPair pair : apart) {
            if (pair == null || pair.childId() == null || pair.otherChildId() == null) {
                throw RuleViolation.validation("Each pair in apart needs childId and otherChildId.");
            }
            if (pair.childId().equals(pair.otherChildId())) {
                throw RuleViolation.validation("apart: a child cannot live apart from themselves (" + pair.childId()
                        + ").");
            }
            if (!childIds.contains(pair.childId()) || !childIds.contains(pair.otherChildId())) {
                throw RuleViolation.validation("apart names a child who is not in childIds; list every child the"
                        + " separation concerns in childIds.");
            }
            if (!seen.add(pair.both())) {
                throw RuleViolation.validation("apart names the same two children more than once.");
            }
            named.addAll(pair.both());
        }
        if (apart.isEmpty()) {
            throw RuleViolation.validation("apart must name at least one pair of children who would live apart"
                    + " (or leave it out: then every pair of the children is covered).");
        }
        for (UUID child : childIds) {
            if (!named.contains(child)) {
                throw RuleViolation.validation("apart: the child " + child + " is in childIds but would live apart"
                        + " from no one; take them out of childIds or name who they would live apart from.");
            }
        }
        return List.copyOf(apart);
    }

    /**
     * The views of each child concerned (and of any of their brothers and sisters) are sought:
     * each child listed has exactly one entry, with their view or why it could not be given.
     */
    private static void checkViews(List<ChildsView> views, Set<UUID> concerned) {
        if (views == null) {
            throw RuleViolation.validation("views are required: for each child, their view or why it could not"
                    + " be given (Children (Scotland) Act 2020 s.13).");
        }
        Set<UUID> given = new HashSet<>();
        for (ChildsView view : views) {
            if (view == null || view.childId() == null) {
                throw RuleViolation.validation("Each view needs the childId of the child whose view it is.");
            }
            if (!given.add(view.childId())) {
                throw RuleViolation.validation("views name the child " + view.childId() + " more than once.");
            }
            if (blank(view.view()) == blank(view.notGivenBecause())) {
                throw RuleViolation.validation("The view of child " + view.childId() + " needs either the child's"
                        + " view or why it could not be given (notGivenBecause), not both and not neither.");
            }
        }
        for (UUID child : concerned) {
            if (!given.contains(child)) {
                throw RuleViolation.validation("views: the view of child " + child + " is missing; record it, or"
                        + " why it could not be given (notGivenBecause).");
            }
        }
    }

    @CommandHandler
    public void handle(ApproveSeparation command, @MetaDataValue(RecordedBy.USER) String user, Clock clock) {
        decidable(user);
        LocalDate decided = command.decidedOn() == null ? LocalDate.now(clock) : command.decidedOn();
        happened(decided, "The decision", clock);
        if (decided.isBefore(assessedOn)) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The decision (" + decided + ") cannot come before the"
                    + " assessment it rests on was completed (" + assessedOn + ").");
        }
        apply(new SeparationApproved(separationId, childIds, command.comment(), decided));
    }

    @CommandHandler
    public void handle(RefuseSeparation command, @MetaDataValue(RecordedBy.USER) String user, Clock clock) {
        decidable(user);
        apply(new SeparationRefused(separationId, childIds, command.reason(), LocalDate.now(clock)));
    }

    /** A decision marked in error no longer stands: the separation then waits for a decision again. */
    private void decidable(String user) {
        if (status != Status.REQUESTED) {
            throw new RuleViolation(RefusalCode.ALREADY_DECIDED, "This separation was already decided ("
                    + status.name().toLowerCase() + "); a decision is taken once.");
        }
        if (requestedBy != null && requestedBy.equals(user)) {
            throw new RuleViolation(RefusalCode.SELF_APPROVAL, "You asked for this separation, so another Head of Service"
                    + " must decide it.");
        }
    }

    @CommandHandler
    public void handle(ReviewSeparation command, Clock clock) {
        inForce("reviewed");
        LocalDate reviewed = command.reviewedOn();
        RuleViolation.at("reviewedOn", () -> happened(reviewed, "The review", clock));
        LocalDate earliest = lastReview != null ? lastReview : decidedOn;
        if (reviewed.isBefore(earliest)) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "A review (" + RecordedDates.inWords(reviewed)
                    + ") cannot come before " + RecordedDates.inWords(earliest) + ", the decision or the last review.")
                    .at("reviewedOn");
        }
        if (command.outcome() == ReviewOutcome.CONTINUE && command.nextReviewBy() == null) {
            throw RuleViolation.validation("nextReviewBy is required when the separation continues.")
                    .at("nextReviewBy");
        }
        if (command.nextReviewBy() != null) {
            RuleViolation.at("nextReviewBy", () -> planned(command.nextReviewBy(),
                    "The next review date (nextReviewBy)", clock));
        }
        if (command.nextReviewBy() != null && !command.nextReviewBy().isAfter(reviewed)) {
            throw RuleViolation.validation("The next review date (" + RecordedDates.inWords(command.nextReviewBy())
                    + ") must be after the review (" + RecordedDates.inWords(reviewed) + ").").at("nextReviewBy");
        }
        apply(new SeparationReviewed(separationId, childIds, command.outcome(), command.nextReviewBy(), reviewed));
    }

    @CommandHandler
    public void handle(EndSeparation command, Clock clock) {
        inForce("ended");
        happened(command.date(), "The end of the separation", clock);
        if (command.date().isBefore(decidedOn)) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The separation was approved on " + decidedOn
                    + "; it cannot end before that (" + command.date() + ").");
        }
        apply(new SeparationEnded(separationId, childIds, command.reason(), command.date()));
    }

    /**
     * Records the move this waiting request is for (called by {@link SeparationMoves}, which
     * checks that the home exists): a child it names would move to the home on {@code moveOn}.
     */
    public void proposeMove(UUID childId, UUID homeId, LocalDate moveOn, Clock clock) {
        if (status != Status.REQUESTED) {
            throw new RuleViolation(RefusalCode.ALREADY_DECIDED, "This separation was already decided ("
                    + status.name().toLowerCase() + "); a move is proposed only while the request waits.");
        }
        if (!childIds.contains(childId)) {
            throw RuleViolation.validation("childId: the child " + childId + " is not one of the children this"
                    + " request names.");
        }
        planned(moveOn, "The date of the proposed move (moveOn)", clock);
        apply(new SeparationMoveProposed(separationId, childId, homeId, moveOn, LocalDate.now(clock)));
    }

    private void inForce(String what) {
        if (status != Status.APPROVED) {
            throw new RuleViolation(RefusalCode.SEPARATION_NOT_IN_FORCE, "Only an approved separation that has not ended can be " + what
                    + "; this one is " + status.name().toLowerCase() + ".");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(SeparationRequested event, @MetaDataValue(RecordedBy.USER) String user) {
        separationId = event.separationId();
        childIds = event.childIds();
        assessedOn = event.assessment().completedOn();
        requestedBy = user;
        status = Status.REQUESTED;
    }

    @EventSourcingHandler
    void on(SeparationApproved event) {
        status = Status.APPROVED;
        decidedOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(SeparationRefused event) {
        status = Status.REFUSED;
    }

    @EventSourcingHandler
    void on(SeparationReviewed event) {
        lastReview = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(SeparationEnded event) {
        status = Status.ENDED;
    }
}
