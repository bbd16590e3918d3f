package scot.together.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import scot.together.api.exclusions.ExclusionStatus;
import scot.together.api.exclusions.ExclusionSummary;
import scot.together.api.exclusions.FindExclusions;
import scot.together.api.family.ListSeparations;
import scot.together.api.family.SeparationStatus;
import scot.together.api.family.SeparationSummary;
import org.springframework.security.core.context.SecurityContextHolder;
import scot.together.web.api.Queries;
import scot.together.web.api.WorkDue;
import scot.together.web.security.Actor;
import scot.together.api.Role;

/** The home page: for each role the person holds, the work of their day. */
@Controller
public class HomePage {

    private final Actor actor;
    private final Queries queries;
    private final CaseloadPages caseloads;
    private final WorkDue workDue;
    private final DueLinks dueLinks;

    public HomePage(Actor actor, Queries queries, CaseloadPages caseloads, WorkDue workDue, DueLinks dueLinks) {
        this.actor = actor;
        this.queries = queries;
        this.caseloads = caseloads;
        this.workDue = workDue;
        this.dueLinks = dueLinks;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String page, Model model) {
        for (Role role : Role.values()) {
            model.addAttribute(role.name(), actor.holds(role));
        }
        if (workDue.applies()) {
            // the first page of it here; the rest on its own page
            Paged<DueLinks.Item> due = Paged.ofWhole(dueLinks.of(workDue.forMe()), 1);
            model.addAttribute("due", due.items());
            model.addAttribute("moreDue", due.more());
        }
        if (actor.holds(Role.SOCIAL_WORKER) || actor.holds(Role.HEAD_OF_SERVICE)) {
            model.addAttribute("caseload", caseloads.caseload(SecurityContextHolder.getContext().getAuthentication()
                    .getName(), Paged.asked(page), Role.SOCIAL_WORKER, Role.HEAD_OF_SERVICE));
        }
        if (actor.holds(Role.HEAD_OF_SERVICE)) {
            model.addAttribute("separationsWaiting", queries.list(new ListSeparations(SeparationStatus.REQUESTED),
                    SeparationSummary.class, Role.HEAD_OF_SERVICE).size());
        }
        if (actor.holds(Role.HEAD_OF_EDUCATION) || actor.holds(Role.HEAD_OF_CF_SOCIAL_WORK)) {
            model.addAttribute("exclusionsWaiting", queries.list(new FindExclusions(ExclusionStatus.PENDING),
                    ExclusionSummary.class, ExclusionPages.DECIDERS).size());
        }
        return "home";
    }
}
