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
import scot.together.api.RefusalCode;
import scot.together.api.child.ChildEpisodes;
import scot.together.api.child.ChildView;
import scot.together.api.child.EpisodeSummary;
import scot.together.api.child.FindChild;
import scot.together.api.child.PlaceChild;
import scot.together.api.family.MoveTogether;
import scot.together.api.home.RegisterHome;
import scot.together.events.child.HomeEnding;
import scot.together.events.home.HomeKind;
import scot.together.web.api.Queries;
import scot.together.api.Role;

/**
 * Recording a move to a new home, and a new home. A move the separation rule refuses is
 * shown with the reason, the brothers and sisters it concerns, and a way to request a separation.
 */
@Controller
public class MovePages {


    private final Queries queries;
    private final FormCommands commands;
    private final ChildPages children;

    public MovePages(Queries queries, FormCommands commands, ChildPages children) {
        this.queries = queries;
        this.commands = commands;
        this.children = children;
    }

    @GetMapping("/children/{id}/moves/new")
    String moveForm(@PathVariable UUID id, @RequestParam(required = false) String homeId, Model model) {
        Submitted form = new Submitted(homeId == null ? Map.of() : Map.of("homeId", homeId));
        return show(id, model, form);
    }

    @PostMapping("/children/{id}/moves")
    String move(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, Model model,
                RedirectAttributes redirect) {
        Submitted form = new Submitted(posted.toSingleValueMap(), posted);
        UUID home = form.id("homeId", "Choose the home the child moves to.");
        LocalDate start = form.date("startDate", "the date the child moves", true);
        List<UUID> alsoMoving = form.ids("alsoMoving", 0, "Choose the brothers and sisters who move too.");
        HomeEnding ending = null;
        if (hasHomeNow(id)) {
            ending = form.choice("previousHomeEnding", HomeEnding.class,
                    "Say whether the previous home ended as planned.");
        } else if (!form.values().getOrDefault("previousHomeEnding", "").isEmpty()) {
            ending = form.choice("previousHomeEnding", HomeEnding.class, "Say whether the previous home ended as planned.");
        }
        if (alsoMoving.isEmpty()) {
            commands.send(form, "homeId", "startDate", new PlaceChild(id, home, start, ending));
        } else {
            // brothers and sisters moving together are recorded at once, so no one is apart for a moment
            List<UUID> together = new java.util.ArrayList<>(List.of(id));
            alsoMoving.stream().filter(other -> !other.equals(id)).forEach(together::add);
            commands.send(form, "homeId", "startDate", new MoveTogether(together, home, start, ending));
        }
        if (!form.ok()) {
            return show(id, model, form);
        }
        redirect.addFlashAttribute("done", "The move is recorded.");
        return "redirect:/children/" + id;
    }

    @GetMapping("/homes/new")
    String homeForm(@RequestParam(required = false) UUID child, Model model) {
        commands.mayOpen(RegisterHome.class);
        model.addAttribute("forChild", child);
        return ChildPages.form(model, new Submitted(Map.of()), "homes/register");
    }

    @PostMapping("/homes")
    String registerHome(@RequestParam Map<String, String> values, @RequestParam(required = false) UUID child,
                        Model model, RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        String name = form.text("name", "the name of the home", 200, true);
        HomeKind kind = form.choice("kind", HomeKind.class, "Choose the kind of home.");
        Boolean within = form.yesNo("withinAuthority", "Say whether the home is within the council's area.");
        Integer places = optionalNumber(form, "places", "how many children the home can take", 1, 50);
        Integer youngest = optionalNumber(form, "youngestAge", "the youngest age", 0, 26);
        Integer oldest = optionalNumber(form, "oldestAge", "the oldest age", 0, 26);
        if (places == null && (youngest != null || oldest != null)) {
            form.errors().add("places", "Enter how many children the home can take, with the ages it is approved for.");
        }
        if (youngest != null && oldest != null && youngest > oldest) {
            form.errors().add("oldestAge", "The oldest age cannot be less than the youngest.");
        }
        UUID id = commands.send(form, "name", new RegisterHome(UUID.randomUUID(), name, kind,
                Boolean.TRUE.equals(within), places, youngest, oldest));
        if (id == null) {
            model.addAttribute("forChild", child);
            return ChildPages.form(model, form, "homes/register");
        }
        redirect.addFlashAttribute("done", name + " is recorded as a home.");
        return child == null ? "redirect:/" : "redirect:/children/" + child + "/moves/new?homeId=" + id;
    }

    private String show(UUID id, Model model, Submitted form) {
        commands.mayOpen(PlaceChild.class);
        model.addAttribute("homes", children.homes(Role.RECORDERS).values());
        model.addAttribute("hasHome", hasHomeNow(id));
        ChildView child = queries.found(new FindChild(id), ChildView.class, "No such child", Role.RECORDERS);
        List<ChildView> brothersAndSisters = child.brothersAndSisters().stream()
                .map(other -> queries.one(new FindChild(other.childId()), ChildView.class, Role.RECORDERS))
                .filter(java.util.Objects::nonNull).toList();
        model.addAttribute("brothersAndSisters", brothersAndSisters);
        model.addAttribute("choices", Words.children(brothersAndSisters, ChildView::id,
                c -> c.givenName() + " " + c.familyName()));
        model.addAttribute("alsoMoving", form.values().isEmpty() ? List.of() : posted(form));
        model.addAttribute("apart", form.refusal().filter(r -> r.code() == RefusalCode.SEPARATION_NOT_APPROVED)
                .map(r -> apart(id, r.detail(), form)).orElse(null));
        return children.childForm(id, PlaceChild.class, model, form, "children/move");
    }

    private static List<String> posted(Submitted form) {
        return form.lists().getOrDefault("alsoMoving", List.of());
    }

    /** Whether the child already lives somewhere in their open episode (so this move ends a home). */
    private boolean hasHomeNow(UUID id) {
        EpisodeSummary open = ChildPages.openEpisode(queries.list(new ChildEpisodes(id), EpisodeSummary.class,
                Role.RECORDERS));
        return open != null && !open.homes().isEmpty();
    }

    /**
     * The brothers and sisters the refusal names (those whose name it says; all of them if it
     * names none we know), to offer a separation request for them and this child.
     */
    private Apart apart(UUID id, String detail, Submitted form) {
        ChildView child = queries.found(new FindChild(id), ChildView.class, "No such child", Role.RECORDERS);
        List<ChildView> all = child.brothersAndSisters().stream()
                .map(other -> queries.one(new FindChild(other.childId()), ChildView.class, Role.RECORDERS))
                .filter(java.util.Objects::nonNull).toList();
        List<ChildView> named = all.stream()
                .filter(other -> detail.contains(other.givenName() + " " + other.familyName())).toList();
        List<ChildView> concerned = named.isEmpty() ? all : named;
        StringBuilder link = new StringBuilder("/separations/new?child=" + id);
        concerned.forEach(other -> link.append("&child=").append(other.id()));
        // the move refused is the move the request is for: the Head of Service decides with it in view
        UUID home = form.id("homeId", "");
        LocalDate on = form.date("startDate", "", false);
        if (home != null && on != null) {
            link.append("&moveHome=").append(home).append("&moveOn=").append(on);
        }
        return new Apart(detail, concerned.stream().map(other -> other.givenName() + " " + other.familyName()).toList(),
                link.toString());
    }

    /** A number the form may leave empty. */
    private static Integer optionalNumber(Submitted form, String name, String what, int min, int max) {
        return form.values().getOrDefault(name, "").isBlank() ? null : form.number(name, what, min, max);
    }

    public record Apart(String reason, List<String> names, String requestSeparation) {
    }
}
