package scot.together.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.together.api.RefusalCode;
import scot.together.api.caseload.CaseloadChild;
import scot.together.api.caseload.ChildDecisions;
import scot.together.api.caseload.ChildDecisionsView;
import scot.together.api.caseload.FindCaseload;
import scot.together.api.caseload.TeamCaseloads;
import scot.together.api.caseload.WorkerCaseload;
import scot.together.api.child.AllocateChild;
import scot.together.web.api.Queries;
import scot.together.web.api.WorkDue;
import scot.together.api.Role;

/**
 * A worker's day: what is due for them, every team's caseload for the Head of Service, and
 * allocating a child to a worker and a team.
 */
@Controller
public class CaseloadPages {

    /** A child on a caseload as the table shows them, with what is due for them. */
    public record OnCaseload(CaseloadChild child, List<DueLinks.Item> due) {
    }

    private final Queries queries;
    private final WorkDue workDue;
    private final DueLinks dueLinks;
    private final FormCommands commands;
    private final ChildPages children;
    private final Words words;
    private final Clock clock;

    public CaseloadPages(Queries queries, WorkDue workDue, DueLinks dueLinks, FormCommands commands,
                         ChildPages children, Words words, Clock clock) {
        this.queries = queries;
        this.workDue = workDue;
        this.dueLinks = dueLinks;
        this.commands = commands;
        this.children = children;
        this.words = words;
        this.clock = clock;
    }

    @GetMapping("/due")
    String due(@RequestParam(required = false) String page, Model model) {
        Paged<DueLinks.Item> due = Paged.ofWhole(dueLinks.of(workDue.forMe()), Paged.asked(page));
        model.addAttribute("due", due.items());
        model.addAttribute("duePages", due);
        return "caseloads/due";
    }

    @GetMapping("/caseloads")
    String teams(@RequestParam(required = false) String page, Model model) {
        int asked = Paged.asked(page);
        Paged<WorkerCaseload> workers = Paged.of(queries.list(new TeamCaseloads(Paged.toRead(asked)),
                WorkerCaseload.class, Role.HEAD_OF_SERVICE), asked);
        Map<String, List<WorkerCaseload>> byTeam = new LinkedHashMap<>();
        workers.items().forEach(c -> byTeam.computeIfAbsent(c.team(), t -> new java.util.ArrayList<>()).add(c));
        model.addAttribute("teams", byTeam);
        model.addAttribute("workers", workers);
        return "caseloads/teams";
    }

    @GetMapping("/caseloads/{worker}")
    String worker(@PathVariable String worker, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("worker", worker);
        model.addAttribute("caseload", caseload(worker, Paged.asked(page), Role.HEAD_OF_SERVICE));
        return "caseloads/worker";
    }

    /** A page of the worker's children today, each with what is due for them. */
    Paged<OnCaseload> caseload(String worker, int page, Role... allowed) {
        return Paged.of(queries.list(new FindCaseload(worker, Paged.toRead(page)), CaseloadChild.class, allowed)
                .stream().map(child -> new OnCaseload(child, dueLinks.of(child.due()))).toList(), page);
    }

    @GetMapping("/children/{id}/allocations/new")
    String allocateForm(@PathVariable UUID id, Model model) {
        commands.mayOpen(AllocateChild.class);
        Map<String, String> values = new LinkedHashMap<>();
        ChildDecisionsView around = queries.one(new ChildDecisions(id), ChildDecisionsView.class, Role.RECORDERS);
        values.put("worker", SecurityContextHolder.getContext().getAuthentication().getName());
        if (around != null && around.allocation() != null) {
            values.put("team", around.allocation().team());
        }
        values.put("from", words.field(LocalDate.now(clock)));
        model.addAttribute("current", around == null ? null : around.allocation());
        return children.childForm(id, AllocateChild.class, model, new Submitted(values), "children/allocate");
    }

    @PostMapping("/children/{id}/allocations")
    String allocate(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
                    RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        String worker = form.text("worker", "the user name of the worker", 200, true);
        String team = form.text("team", "the team", 100, true);
        LocalDate from = form.date("from", "the date the allocation starts", true);
        commands.send(form, "from", new AllocateChild(id, worker, team, from));
        form.refusal().filter(r -> r.code() == RefusalCode.UNKNOWN_WORKER).ifPresent(r -> {
            form.errors().all().remove("from");
            form.errors().add("worker", "No one signs in as " + worker + ". Enter the user name of a worker.");
        });
        if (!form.ok()) {
            ChildDecisionsView around = queries.one(new ChildDecisions(id), ChildDecisionsView.class,
                    Role.RECORDERS);
            model.addAttribute("current", around == null ? null : around.allocation());
            return children.childForm(id, AllocateChild.class, model, form, "children/allocate");
        }
        redirect.addFlashAttribute("done", "The child is allocated to " + worker + " in " + team + " from "
                + words.date(from) + ".");
        return "redirect:/children/" + id;
    }
}
