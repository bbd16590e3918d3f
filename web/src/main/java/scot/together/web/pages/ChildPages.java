package scot.together.web.pages;

import scot.together.api.RefusalCode;
import scot.together.web.security.CommandRoles;
import scot.together.api.audit.MarkRecordInError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.together.api.caseload.ChildDecisions;
import scot.together.api.caseload.ChildDecisionsView;
import scot.together.api.child.ChildEpisodes;
import scot.together.api.Slice;
import scot.together.api.child.ChildHistory;
import scot.together.api.child.ChildSummary;
import scot.together.api.child.ChildView;
import scot.together.api.child.EndEpisode;
import scot.together.api.child.EpisodeSummary;
import scot.together.api.child.FindChild;
import scot.together.api.child.FindChildren;
import scot.together.api.child.HistoryEntry;
import scot.together.api.child.RecordCouncilReference;
import scot.together.api.child.RegisterChild;
import scot.together.api.child.StartEpisode;
import scot.together.api.childpage.ChildArrangements;
import scot.together.api.childpage.ChildArrangementsView;
import scot.together.api.home.HomeSummary;
import scot.together.api.home.ListHomes;
import scot.together.events.CareCategory;
import scot.together.web.api.Queries;
import scot.together.web.security.Actor;
import scot.together.api.Role;

/** A social worker's pages for a child: find them, see their record and story, record what happens. */
@Controller
public class ChildPages {

    /** The {@code page} that shows a child's whole story at once. */
    static final String WHOLE_STORY = "all";

    /** A brother or sister on the child's page: who, how related, where they live today. */
    public record BrotherOrSister(UUID id, String name, String relationship, CareCategory category, UUID homeId,
                                  String home, UUID relationshipId) {
    }

    /** A registration refused because a child with the same name and date of birth is registered. */

    private final Queries queries;
    private final FormCommands commands;
    private final Actor actor;
    private final Words words;

    public ChildPages(Queries queries, FormCommands commands, Actor actor, Words words) {
        this.queries = queries;
        this.commands = commands;
        this.actor = actor;
        this.words = words;
    }

    @GetMapping("/children")
    String find(@RequestParam(required = false) String name, @RequestParam(required = false) String bornOn,
                Model model) {
        String text = name == null ? "" : name.strip();
        Submitted typed = new Submitted(bornOn == null ? Map.of() : Map.of("bornOn", bornOn));
        LocalDate born = typed.date("bornOn", "the date of birth", false);
        boolean searched = !text.isEmpty() || born != null;
        List<ChildSummary> found = !searched ? List.of()
                : queries.list(new FindChildren(text.length() > 100 ? text.substring(0, 100) : text, born),
                ChildSummary.class, Role.CASEWORK);
        model.addAttribute("name", text);
        model.addAttribute("bornOn", bornOn == null ? "" : bornOn.strip());
        model.addAttribute("bornOnError", typed.errors().of("bornOn"));
        model.addAttribute("born", born);
        model.addAttribute("searched", searched);
        model.addAttribute("children", found);
        model.addAttribute("limit", FindChildren.LIMIT);
        return "children/find";
    }

    @GetMapping("/children/new")
    String registerForm(Model model) {
        commands.mayOpen(RegisterChild.class);
        return form(model, new Submitted(Map.of()), "children/register");
    }

    @PostMapping("/children")
    String register(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        String given = form.text("givenName", "the child's first name", 100, true);
        String family = form.text("familyName", "the child's last name", 100, true);
        LocalDate born = form.date("dateOfBirth", "the child's date of birth", true);
        String reference = form.text("councilReference", "the council reference", RecordCouncilReference.LONGEST,
                false);
        // the page always asks first, unless the person has said this is another child
        boolean another = "yes".equals(values.get("anotherChild"));
        UUID id = commands.send(form, "dateOfBirth", new RegisterChild(UUID.randomUUID(), given, family, born,
                !another, reference));
        if (id == null) {
            if (form.refusal().filter(r -> r.code() == RefusalCode.REGISTERED_ALIKE).isPresent()) {
                form.errors().all().remove("dateOfBirth");
                form.errors().add("anotherChild", "A child called " + given + " " + family + ", born on "
                        + words.date(born) + ", is already registered. Check it is not the same child; if it is"
                        + " another child, say so and register them.");
                model.addAttribute("alike", queries.list(new FindChildren(given + " " + family, born),
                        ChildSummary.class, Role.CASEWORK));
            }
            return form(model, form, "children/register");
        }
        redirect.addFlashAttribute("done", given + " " + family + " is registered.");
        return "redirect:/children/" + id;
    }

    @GetMapping("/children/{id}")
    String child(@PathVariable UUID id, @RequestParam(required = false) String page, Model model) {
        // page=all: their whole story on one page, to print it as one document
        boolean wholeStory = WHOLE_STORY.equals(page);
        int storyPage = wholeStory ? 1 : Paged.asked(page);
        ChildView child = queries.found(new FindChild(id), ChildView.class, "No such child", Role.CASEWORK);
        ChildArrangementsView arrangements = queries.one(new ChildArrangements(id), ChildArrangementsView.class,
                Role.CASEWORK);
        Map<UUID, HomeSummary> homes = homes(Role.CASEWORK);
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(id, child.givenName() + " " + child.familyName());
        List<BrotherOrSister> brothersAndSisters = new ArrayList<>();
        for (ChildArrangementsView.Relationship other : arrangements.brothersAndSisters()) {
            ChildView them = queries.one(new FindChild(other.otherChildId()), ChildView.class, Role.CASEWORK);
            if (them != null) {
                names.put(them.id(), them.givenName() + " " + them.familyName());
                brothersAndSisters.add(new BrotherOrSister(them.id(), names.get(them.id()), other.kind(),
                        them.category(), them.homeId(), homeName(homes, them.homeId()), other.relationshipId()));
            }
        }
        arrangements.familyTime().forEach(plan -> plan.childIds().forEach(c -> names.computeIfAbsent(c, this::name)));
        arrangements.separations().forEach(s -> s.childIds().forEach(c -> names.computeIfAbsent(c, this::name)));
        List<EpisodeSummary> episodes = queries.list(new ChildEpisodes(id), EpisodeSummary.class, Role.CASEWORK);
        // their story in the order things happened (the order recorded where the day is the same)
        // a page of it at a time
        List<HistoryEntry> storyRead = queries.list(new ChildHistory(id, false,
                wholeStory ? Slice.ALL : Paged.toRead(storyPage), true), HistoryEntry.class, Role.CASEWORK);
        Paged<HistoryEntry> story = wholeStory ? Paged.whole(storyRead) : Paged.of(storyRead, storyPage);
        ChildDecisionsView around = queries.one(new ChildDecisions(id), ChildDecisionsView.class, Role.CASEWORK);
        around.separationsWaiting().forEach(s -> s.childIds().forEach(c -> names.computeIfAbsent(c, this::name)));
        model.addAttribute("around", around);
        model.addAttribute("child", child);
        model.addAttribute("home", homeName(homes, child.homeId()));
        model.addAttribute("brothersAndSisters", brothersAndSisters);
        model.addAttribute("arrangements", arrangements);
        model.addAttribute("names", names);
        model.addAttribute("inSecureCare", arrangements.secureStays().stream().anyMatch(s -> s.dischargedOn() == null));
        model.addAttribute("episodes", episodes);
        model.addAttribute("openEpisode", openEpisode(episodes));
        model.addAttribute("story", story);
        // the entries of their story that may be marked as recorded in error, by those who may mark them
        boolean mayCorrect = java.util.Arrays.stream(CommandRoles.of(MarkRecordInError.class)).anyMatch(actor::holds);
        model.addAttribute("correctable", story.items().stream().filter(entry -> mayCorrect && RecordCorrections.offered(entry))
                .map(HistoryEntry::eventId).collect(Collectors.toSet()));
        return "children/child";
    }

    @GetMapping("/children/{id}/episodes/new")
    String episodeForm(@PathVariable UUID id, Model model) {
        return childForm(id, StartEpisode.class, model, new Submitted(Map.of()), "children/episode-start");
    }

    @PostMapping("/children/{id}/episodes")
    String startEpisode(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
                        RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        LocalDate start = form.date("startDate", "the date the episode began", true);
        CareCategory category = form.choice("category", CareCategory.class, "Choose how the child is looked after.");
        UUID episode = commands.send(form, "startDate", new StartEpisode(id, UUID.randomUUID(), start, category));
        if (episode == null) {
            return childForm(id, StartEpisode.class, model, form, "children/episode-start");
        }
        redirect.addFlashAttribute("done", "The episode of care is recorded.");
        return "redirect:/children/" + id;
    }

    @GetMapping("/children/{id}/episodes/{episodeId}/end")
    String endForm(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
        model.addAttribute("episodeId", episodeId);
        return childForm(id, EndEpisode.class, model, new Submitted(Map.of()), "children/episode-end");
    }

    @PostMapping("/children/{id}/episodes/{episodeId}/end")
    String endEpisode(@PathVariable UUID id, @PathVariable UUID episodeId, @RequestParam Map<String, String> values,
                      Model model, RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        LocalDate end = form.date("endDate", "the date the episode ended", true);
        String reason = form.text("reason", "why it ended", 2000, false);
        commands.send(form, "endDate", new EndEpisode(id, episodeId, end, reason));
        if (!form.ok()) {
            model.addAttribute("episodeId", episodeId);
            return childForm(id, EndEpisode.class, model, form, "children/episode-end");
        }
        redirect.addFlashAttribute("done", "The end of the episode is recorded.");
        return "redirect:/children/" + id;
    }

    /** Shows the form of a command about one child, with the child named at the top; 403 for who may not send it. */
    String childForm(UUID id, Class<?> command, Model model, Submitted form, String view) {
        commands.mayOpen(command);
        ChildView child = queries.found(new FindChild(id), ChildView.class, "No such child", Role.CASEWORK);
        model.addAttribute("child", child);
        return form(model, form, view);
    }

    /** The child's name, for the top of a form about them; not found when there is no such child. */
    String about(UUID id, Role... allowed) {
        ChildView child = queries.found(new FindChild(id), ChildView.class, "No such child", allowed);
        return child.givenName() + " " + child.familyName();
    }

    /** A short form about the child, at its address under theirs, that goes back to their record. */
    ShortForm shortForm(UUID id, String what, String title, String button, ShortForm.Question... questions) {
        return new ShortForm(title, about(id, Role.RECORDERS), "/children/" + id + "/record/" + what,
                "/children/" + id, button, List.of(questions));
    }

    /** A child's name in a list of children. */
    String name(UUID id) {
        ChildView child = queries.one(new FindChild(id), ChildView.class, Role.CASEWORK);
        return child == null ? "A child not yet known" : child.givenName() + " " + child.familyName();
    }

    static String form(Model model, Submitted form, String view) {
        model.addAttribute("form", form.values());
        model.addAttribute("errors", form.errors());
        return view;
    }

    Map<UUID, HomeSummary> homes(Role... allowed) {
        return queries.list(new ListHomes(), HomeSummary.class, allowed).stream()
                .collect(Collectors.toMap(HomeSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static String homeName(Map<UUID, HomeSummary> homes, UUID homeId) {
        if (homeId == null) {
            return null;
        }
        HomeSummary home = homes.get(homeId);
        return home == null ? "A home not yet known" : home.name();
    }

    static EpisodeSummary openEpisode(List<EpisodeSummary> episodes) {
        return episodes.stream().filter(episode -> episode.endDate() == null).reduce((a, b) -> b).orElse(null);
    }
}
