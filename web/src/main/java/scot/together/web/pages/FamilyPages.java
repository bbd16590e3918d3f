package scot.together.web.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.together.api.child.ChildSummary;
import scot.together.api.child.ChildView;
import scot.together.api.child.FindChild;
import scot.together.api.child.FindChildren;
import scot.together.api.family.PlanFamilyTime;
import scot.together.api.family.RecordBrothersAndSisters;
import scot.together.api.family.RecordFamilyTime;
import scot.together.events.family.FamilyTimeFrequency;
import scot.together.events.family.RelationshipKind;
import scot.together.web.api.Queries;
import scot.together.api.Role;

/** Recording a child's brothers and sisters, and planning and recording their family time. */
@Controller
public class FamilyPages {

    private final Queries queries;
    private final FormCommands commands;
    private final ChildPages children;

    public FamilyPages(Queries queries, FormCommands commands, ChildPages children) {
        this.queries = queries;
        this.commands = commands;
        this.children = children;
    }

    @GetMapping("/children/{id}/brothers-and-sisters/new")
    String relationshipForm(@PathVariable UUID id, @RequestParam(required = false) String find, Model model) {
        return showRelationship(id, find, new Submitted(find == null ? Map.of() : Map.of("find", find)), model);
    }

    @PostMapping("/children/{id}/brothers-and-sisters")
    String recordRelationship(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
                              RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        UUID other = form.id("otherChildId", "Choose the brother or sister.");
        RelationshipKind kind = form.choice("kind", RelationshipKind.class, "Choose how they are related.");
        LocalDate since = form.date("since", "the date they have been brothers or sisters since", true);
        commands.send(form, "otherChildId", "since",
                new RecordBrothersAndSisters(UUID.randomUUID(), id, other, kind, since));
        if (!form.ok()) {
            return showRelationship(id, values.get("find"), form, model);
        }
        redirect.addFlashAttribute("done", "The brother or sister is recorded.");
        return "redirect:/children/" + id;
    }

    @GetMapping("/children/{id}/family-time/new")
    String planForm(@PathVariable UUID id, Model model) {
        return showPlan(id, List.of(id), new Submitted(Map.of()), model);
    }

    @PostMapping("/children/{id}/family-time")
    String plan(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, Model model,
                RedirectAttributes redirect) {
        Submitted form = new Submitted(posted.toSingleValueMap(), posted);
        List<UUID> childIds = form.ids("childIds", 2, "Choose at least two brothers and sisters.");
        FamilyTimeFrequency howOften = form.choice("howOften", FamilyTimeFrequency.class,
                "Choose how often family time happens.");
        String withWhom = form.text("withWhom", "who else is there", 2000, false);
        LocalDate start = form.date("startDate", "the date of the first family time", true);
        UUID planId = commands.send(form, "childIds", "startDate",
                new PlanFamilyTime(UUID.randomUUID(), childIds, howOften, withWhom, start));
        if (planId == null) {
            return showPlan(id, childIds, form, model);
        }
        redirect.addFlashAttribute("done", "Family time is planned. Record here what happens each time.");
        return "redirect:/children/" + id + "/family-time/" + planId;
    }

    @GetMapping("/children/{id}/family-time/{planId}")
    String sessionForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        model.addAttribute("planId", planId);
        return children.childForm(id, RecordFamilyTime.class, model, new Submitted(Map.of()), "family/session");
    }

    @PostMapping("/children/{id}/family-time/{planId}")
    String session(@PathVariable UUID id, @PathVariable UUID planId, @RequestParam Map<String, String> values,
                   Model model, RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        LocalDate date = form.date("date", "the date of the family time", true);
        Boolean happened = form.yesNo("happened", "Say whether the family time happened.");
        String whyNot = form.text("whyNot", "why it did not happen", 2000, Boolean.FALSE.equals(happened));
        commands.send(form, "date", new RecordFamilyTime(planId, UUID.randomUUID(), date,
                Boolean.TRUE.equals(happened), whyNot));
        if (!form.ok()) {
            model.addAttribute("planId", planId);
            return children.childForm(id, RecordFamilyTime.class, model, form, "family/session");
        }
        redirect.addFlashAttribute("done", "What happened at family time is recorded.");
        return "redirect:/children/" + id;
    }

    private String showRelationship(UUID id, String find, Submitted form, Model model) {
        commands.mayOpen(RecordBrothersAndSisters.class);
        String text = find == null ? "" : find.strip();
        List<ChildSummary> found = text.isEmpty() ? List.of()
                : queries.list(new FindChildren(text.length() > 100 ? text.substring(0, 100) : text),
                ChildSummary.class, Role.RECORDERS).stream().filter(c -> !c.id().equals(id)).toList();
        model.addAttribute("found", found);
        model.addAttribute("find", text);
        return children.childForm(id, RecordBrothersAndSisters.class, model, form, "family/relationship");
    }

    private String showPlan(UUID id, List<UUID> ticked, Submitted form, Model model) {
        commands.mayOpen(PlanFamilyTime.class);
        ChildView child = queries.found(new FindChild(id), ChildView.class, "No such child", Role.RECORDERS);
        List<ChildView> offered = new java.util.ArrayList<>(List.of(child));
        child.brothersAndSisters().stream().map(b -> queries.one(new FindChild(b.childId()), ChildView.class,
                Role.RECORDERS)).filter(java.util.Objects::nonNull).forEach(offered::add);
        model.addAttribute("choices", Words.children(offered, ChildView::id,
                c -> c.givenName() + " " + c.familyName()));
        model.addAttribute("ticked", ticked.stream().map(UUID::toString).toList());
        return children.childForm(id, PlanFamilyTime.class, model, form, "family/plan");
    }
}
