package scot.together.web.pages;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.api.childpage.ChildArrangements;
import scot.together.api.childpage.ChildArrangementsView;
import scot.together.api.family.EndBrothersAndSisters;
import scot.together.api.family.EndFamilyTimePlan;
import scot.together.api.family.EndSeparation;
import scot.together.api.family.ListSeparations;
import scot.together.api.family.ReviewSeparation;
import scot.together.api.family.SeparationStatus;
import scot.together.api.family.SeparationSummary;
import scot.together.events.family.ReviewOutcome;
import scot.together.web.api.Queries;
import scot.together.web.pages.ShortForm.Question;
import scot.together.web.problems.NotFound;
import scot.together.api.Role;

/**
 * When brothers and sisters are no longer recorded as such, when their family time ends, and
 * after a separation is agreed:
 * the Head of Service reviews it (they stay apart until the next review, or work starts towards
 * them living together again), and a social worker records when they live together again.
 */
@Configuration(proxyBeanMethods = false)
public class FamilyRecordings {

    private final Queries queries;
    private final FormCommands commands;
    private final ChildPages children;
    private final Words words;

    public FamilyRecordings(Queries queries, FormCommands commands, ChildPages children, Words words) {
        this.queries = queries;
        this.commands = commands;
        this.children = children;
        this.words = words;
    }

    @Bean("brothers-and-sisters-end")
    Recording relationshipEnd() {
        Map<String, String> why = new LinkedHashMap<>();
        why.put("yes", "It was recorded in error");
        why.put("no", "It no longer holds");
        return new Recording(EndBrothersAndSisters.class, (child, relationship) -> children.shortForm(child,
                "brothers-and-sisters-end/" + relationship, "End a brother or sister relationship", "Record the end",
                Question.choice("inError", "Why does it end?", why),
                Question.date("date", "From what date does it no longer hold?",
                        "If it was recorded in error, the date it was recorded from."),
                Question.words("details", "More about why (optional)")),
                (form, child, relationship) -> {
                    Boolean inError = form.yesNo("inError", "Say why it ends: recorded in error, or no longer holds.");
                    LocalDate date = form.date("date", "the date it no longer holds from", true);
                    String details = form.text("details", "more about why", 1500, false);
                    String reason = Boolean.TRUE.equals(inError) ? "Recorded in error" : "No longer holds";
                    commands.send(form, "date", new EndBrothersAndSisters(relationship, date,
                            details == null ? reason : reason + ": " + details));
                    return "They are no longer recorded as brothers or sisters.";
                });
    }

    @Bean("separation-end")
    Recording separationEnd() {
        return new Recording(EndSeparation.class, (child, separation) -> children.shortForm(child,
                "separation-end/" + separation, "End a separation", "Record that they live together again",
                Question.date("date", "From what date do they live together again?", null),
                Question.words("reason", "More about it (optional)")),
                endsFrom("the date they live together again", "more about it", EndSeparation::new,
                        "The separation has ended: the children live together again."));
    }

    @Bean("family-time-end")
    Recording familyTimeEnd() {
        return new Recording(EndFamilyTimePlan.class, (child, plan) -> children.shortForm(child, "family-time-end/" + plan,
                "End a family time plan", "End the plan",
                Question.date("date", "From what date does this family time end?", planned(child, plan)),
                Question.words("reason", "Why does it end? (optional)")),
                endsFrom("the date the family time ends", "why it ends", EndFamilyTimePlan::new,
                        "The family time plan has ended."));
    }

    /** What ends something from a date, with words about why if any. */
    @FunctionalInterface
    private interface Ending {
        Object command(java.util.UUID about, LocalDate date, String reason);
    }

    /** Reads the date it ends and the words about why, and sends the ending. */
    private Recording.Send endsFrom(String dateWords, String whyWords, Ending ending, String done) {
        return (form, child, about) -> {
            LocalDate date = form.date("date", dateWords, true);
            String reason = form.text("reason", whyWords, 2000, false);
            commands.send(form, "date", ending.command(about, date, reason));
            return done;
        };
    }

    /** A family time plan the child is part of, in words; not found when it is not theirs or has ended. */
    private String planned(java.util.UUID child, java.util.UUID plan) {
        return queries.one(new ChildArrangements(child), ChildArrangementsView.class, Role.RECORDERS).familyTime()
                .stream().filter(p -> p.planId().equals(plan)).findFirst()
                .map(p -> "Family time for " + p.childIds().stream().map(children::name)
                        .collect(Collectors.joining(", ")) + ", " + words.frequencies().get(p.howOften())
                        .toLowerCase(java.util.Locale.UK) + " since " + words.date(p.startDate()) + ".")
                .orElseThrow(() -> new NotFound("No such family time plan"));
    }

    @Bean("separation-review")
    Recording separationReview() {
        return new Recording(ReviewSeparation.class, (separation, none) -> new ShortForm("Review a separation", childrenApart(separation),
                "/separations/" + separation + "/record/separation-review", "/separations", "Record the review",
                List.of(Question.date("reviewedOn", "Date of the review", null),
                        Question.choice("outcome", "What did the review decide?", words.reviewOutcomes()),
                        Question.date("nextReviewBy", "Next review by",
                                "Needed when they stay apart; leave it empty when they are to live together again."))),
                (form, separation, none) -> {
                    LocalDate reviewedOn = form.date("reviewedOn", "the date of the review", true);
                    ReviewOutcome outcome = form.choice("outcome", ReviewOutcome.class,
                            "Choose what the review decided.");
                    LocalDate next = form.date("nextReviewBy", "the date of the next review",
                            outcome == ReviewOutcome.CONTINUE);
                    commands.send(form, "reviewedOn", new ReviewSeparation(separation, reviewedOn, outcome,
                            outcome == ReviewOutcome.CONTINUE ? next : null));
                    return outcome == ReviewOutcome.REUNITE
                            ? "The review is recorded: work starts towards the children living together again."
                            : "The review is recorded, with the date of the next one.";
                });
    }

    /** The names of the children an approved separation keeps apart. */
    private String childrenApart(java.util.UUID separation) {
        return queries.list(new ListSeparations(SeparationStatus.APPROVED), SeparationSummary.class,
                        Role.HEAD_OF_SERVICE).stream().filter(s -> s.id().equals(separation)).findFirst()
                .map(s -> s.childIds().stream().map(children::name).collect(Collectors.joining(", ")))
                .orElseThrow(() -> new NotFound("No such separation"));
    }
}
