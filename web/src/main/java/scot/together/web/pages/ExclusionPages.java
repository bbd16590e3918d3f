package scot.together.web.pages;

import scot.together.web.security.CommandRoles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.together.api.care.RecordPhysicalIntervention;
import scot.together.api.caseload.PastDecision;
import scot.together.api.caseload.PastDecisions;
import scot.together.api.child.ChildView;
import scot.together.api.home.HomeSummary;
import scot.together.api.child.FindChild;
import scot.together.api.exclusions.ApproveExclusion;
import scot.together.api.exclusions.ExclusionStatus;
import scot.together.api.exclusions.ExclusionSummary;
import scot.together.api.exclusions.FindExclusions;
import scot.together.api.exclusions.ProposeExclusion;
import scot.together.api.exclusions.RecordInformalExclusion;
import scot.together.api.exclusions.RefuseExclusion;
import scot.together.events.care.InterventionSetting;
import scot.together.web.api.Queries;
import scot.together.web.security.Actor;
import scot.together.api.Role;

/**
 * School exclusions of care-experienced pupils: proposed by a social worker, decided by the
 * Head of Education and the Head of Children and Families Social Work; informal exclusions
 * and physical interventions recorded so the board sees every one.
 */
@Controller
public class ExclusionPages {

    static final Role[] PROPOSERS = CommandRoles.of(ProposeExclusion.class);
    static final Role[] DECIDERS = CommandRoles.of(ApproveExclusion.class);

    /** An exclusion waiting for a decision, with the child's name and whether this head has given theirs. */
    public record Waiting(ExclusionSummary exclusion, String child, boolean decidedByMe, String situation,
                          List<PastDecision.Decision> decisions) {
    }

    private final Queries queries;
    private final FormCommands commands;
    private final ChildPages children;
    private final Actor actor;
    private final Words words;

    public ExclusionPages(Queries queries, FormCommands commands, ChildPages children, Actor actor, Words words) {
        this.queries = queries;
        this.commands = commands;
        this.children = children;
        this.actor = actor;
        this.words = words;
    }

    @GetMapping("/exclusions/new")
    String proposeForm(@RequestParam UUID child, Model model) {
        return childForm(child, model, new Submitted(Map.of()), "exclusions/propose", ProposeExclusion.class);
    }

    @PostMapping("/exclusions")
    String propose(@RequestParam UUID child, @RequestParam Map<String, String> values, Model model,
                   RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        String school = form.text("school", "the school", 200, true);
        LocalDate start = form.date("startDate", "the first day of the exclusion", true);
        Integer days = form.number("days", "the number of school days", 1, ProposeExclusion.MOST_DAYS);
        String reason = form.text("reason", "why the school proposes it", 4000, true);
        UUID id = commands.send(form, "school", "startDate", new ProposeExclusion(UUID.randomUUID(), child, school,
                start, days == null ? 0 : days, reason));
        if (id == null) {
            return childForm(child, model, form, "exclusions/propose", ProposeExclusion.class);
        }
        redirect.addFlashAttribute("done", "The exclusion is proposed. It happens only if both heads approve it.");
        return "redirect:/children/" + child;
    }

    @GetMapping("/exclusions/informal/new")
    String informalForm(@RequestParam UUID child, Model model) {
        return childForm(child, model, new Submitted(Map.of()), "exclusions/informal", RecordInformalExclusion.class);
    }

    @PostMapping("/exclusions/informal")
    String informal(@RequestParam UUID child, @RequestParam Map<String, String> values, Model model,
                    RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        String school = form.text("school", "the school", 200, true);
        LocalDate date = form.date("date", "the day it happened", true);
        Integer days = form.number("days", "the number of school days missed", 1, ProposeExclusion.MOST_DAYS);
        String description = form.text("description", "what happened", 4000, true);
        UUID id = commands.send(form, "school", "date", new RecordInformalExclusion(UUID.randomUUID(), child, school,
                date, days == null ? 0 : days, description));
        if (id == null) {
            return childForm(child, model, form, "exclusions/informal", RecordInformalExclusion.class);
        }
        redirect.addFlashAttribute("done", "The informal exclusion is recorded; the board will see it.");
        return "redirect:/children/" + child;
    }

    @GetMapping("/children/{id}/physical-interventions/new")
    String interventionForm(@PathVariable UUID id, Model model) {
        return childForm(id, model, new Submitted(Map.of()), "care/intervention", RecordPhysicalIntervention.class);
    }

    @PostMapping("/children/{id}/physical-interventions")
    String intervention(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
                        RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        LocalDate date = form.date("date", "the day it happened", true);
        InterventionSetting setting = form.choice("setting", InterventionSetting.class, "Choose where it happened.");
        String what = form.text("whatHappened", "what happened", 4000, true);
        String followUp = form.text("followUp", "how it is followed up", 4000, false);
        UUID recorded = commands.send(form, "date", new RecordPhysicalIntervention(UUID.randomUUID(), id, date,
                setting, what, followUp));
        if (recorded == null) {
            return childForm(id, model, form, "care/intervention", RecordPhysicalIntervention.class);
        }
        redirect.addFlashAttribute("done", "The physical intervention is recorded.");
        return "redirect:/children/" + id;
    }

    @GetMapping("/exclusions")
    String inbox(Model model) {
        String me = actor.as(DECIDERS).user();
        Map<UUID, List<PastDecision.Decision>> given = new java.util.HashMap<>();
        queries.list(new PastDecisions(PastDecisions.Kind.EXCLUSIONS_WAITING), PastDecision.class, DECIDERS)
                .forEach(d -> given.put(d.recordId(), d.decisions()));
        Map<UUID, HomeSummary> homes = children.homes(DECIDERS);
        List<Waiting> waiting = new ArrayList<>();
        for (ExclusionSummary exclusion : queries.list(new FindExclusions(ExclusionStatus.PENDING),
                ExclusionSummary.class, DECIDERS)) {
            ChildView child = queries.one(new FindChild(exclusion.childId()), ChildView.class, DECIDERS);
            waiting.add(new Waiting(exclusion, child == null ? "A child not yet known"
                    : child.givenName() + " " + child.familyName(),
                    exclusion.decisions().stream().anyMatch(d -> me.equals(d.by())), situation(child, homes),
                    given.getOrDefault(exclusion.id(), List.of())));
        }
        List<PastDecision> past = queries.list(new PastDecisions(PastDecisions.Kind.EXCLUSIONS), PastDecision.class,
                DECIDERS);
        model.addAttribute("past", past);
        model.addAttribute("waiting", waiting);
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("form", Map.of());
        return "exclusions/inbox";
    }

    /** The child's care today and where they live, in words. */
    private String situation(ChildView child, Map<UUID, HomeSummary> homes) {
        if (child == null) {
            return "";
        }
        HomeSummary home = child.homeId() == null ? null : homes.get(child.homeId());
        return words.category(child.category()) + "; " + (home == null ? "no home recorded" : "lives at " + home.name());
    }

    @PostMapping("/exclusions/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
                   RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        String comment = form.text("comment-" + id, "your comment", 4000, false);
        commands.send(form, "comment-" + id, new ApproveExclusion(id, comment));
        return decided(form, model, redirect, "Your approval is recorded.");
    }

    @PostMapping("/exclusions/{id}/refuse")
    String refuse(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
                  RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        String reason = form.text("comment-" + id, "why you refuse", 4000, true);
        commands.send(form, "comment-" + id, new RefuseExclusion(id, reason));
        return decided(form, model, redirect, "You refused the exclusion: the pupil stays in school.");
    }

    private String decided(Submitted form, Model model, RedirectAttributes redirect, String done) {
        if (!form.ok()) {
            inbox(model);
            model.addAttribute("errors", form.errors());
            model.addAttribute("form", form.values());
            return "exclusions/inbox";
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/exclusions";
    }

    private String childForm(UUID id, Model model, Submitted form, String view, Class<?> command) {
        commands.mayOpen(command);
        ChildView child = queries.found(new FindChild(id), ChildView.class, "No such child", Role.CASEWORK);
        model.addAttribute("child", child);
        return ChildPages.form(model, form, view);
    }
}
