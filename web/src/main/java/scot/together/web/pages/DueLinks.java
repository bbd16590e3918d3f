package scot.together.web.pages;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.together.api.caseload.Due;
import scot.together.api.family.ReviewSeparation;
import scot.together.api.exclusions.ApproveExclusion;
import scot.together.api.family.ApproveSeparation;
import scot.together.api.family.RecordFamilyTime;
import scot.together.api.care.RecordPermanencePlan;
import scot.together.web.security.Actor;
import scot.together.web.security.CommandRoles;
import scot.together.api.Role;

/**
 * What is due, in plain words, each with a link to the form that settles it when the person
 * may send it ({@link CommandRoles}), else to the child's record where it shows.
 */
@Component
public class DueLinks {

    /** One thing due as a page lists it. */
    public record Item(String what, String child, String childHref, String when, boolean overdue, String href,
                       String action) {
    }

    private final Actor actor;
    private final Words words;

    public DueLinks(Actor actor, Words words) {
        this.actor = actor;
        this.words = words;
    }

    public List<Item> of(List<Due> due) {
        return due.stream().map(this::item).toList();
    }

    private Item item(Due d) {
        String child = "/children/" + d.childId();
        String on = words.date(d.dueOn());
        return switch (d.kind()) {
            case SEPARATION_REVIEW -> new Item("Review of a separation from brothers and sisters", d.childName(), child,
                    (d.overdue() ? "Was due by " : "Due by ") + on, d.overdue(),
                    may(ReviewSeparation.class) ? "/separations/" + d.recordId() + "/record/separation-review"
                            : child + "#separations", may(ReviewSeparation.class) ? "Record the review" : "See the record");
            case SEPARATION_DECISION -> new Item("Separation request waiting for the Head of Service", d.childName(),
                    child, "Asked on " + on, false,
                    may(ApproveSeparation.class) ? "/separations#request-" + d.recordId() : child + "#waiting",
                    may(ApproveSeparation.class) ? "Decide the request" : "See the request");
            case EXCLUSION_DECISION -> new Item("School exclusion waiting for both heads' decisions", d.childName(),
                    child, (d.overdue() ? "Would have started on " : "Would start on ") + on, d.overdue(),
                    may(ApproveExclusion.class) ? "/exclusions#exclusion-" + d.recordId() : child + "#exclusions",
                    may(ApproveExclusion.class) ? "Decide the exclusion" : "See the exclusion");
            case FAMILY_TIME -> new Item(d.count() == 1 ? "Family time planned but not recorded"
                    : d.count() + " times of family time planned but not recorded", d.childName(), child,
                    "Planned for " + on, d.overdue(),
                    may(RecordFamilyTime.class) ? child + "/family-time/" + d.recordId() : child + "#family-time",
                    may(RecordFamilyTime.class) ? "Record what happened" : "See the plan");
            case PERMANENCE_PLAN -> new Item("Permanent plan (within six months of becoming looked after)",
                    d.childName(), child, (d.overdue() ? "Was due by " : "Due by ") + on, d.overdue(),
                    may(RecordPermanencePlan.class) ? child + "/record/permanent-plan" : child + "#permanence",
                    may(RecordPermanencePlan.class) ? "Record a permanent plan" : "See the record");
        };
    }

    private boolean may(Class<?> command) {
        for (Role role : CommandRoles.of(command)) {
            if (actor.holds(role)) {
                return true;
            }
        }
        return false;
    }
}
