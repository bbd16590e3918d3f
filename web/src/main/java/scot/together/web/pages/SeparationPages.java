package scot.together.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import scot.together.api.caseload.PastDecision;
import scot.together.api.caseload.PastDecisions;
import scot.together.api.caseload.ProposedMove;
import scot.together.api.caseload.ProposedMoves;
import scot.together.api.child.ChildView;
import scot.together.api.child.FindChild;
import scot.together.api.family.ApproveSeparation;
import scot.together.api.family.ListSeparations;
import scot.together.api.family.ProposeSeparationMove;
import scot.together.api.family.RefuseSeparation;
import scot.together.api.family.RequestSeparation;
import scot.together.api.family.SeparationStatus;
import scot.together.api.family.SeparationSummary;
import scot.together.api.family.SeparationsRegister;
import scot.together.api.family.SeparationsRegisterView;
import scot.together.api.home.HomeSummary;
import scot.together.api.inbox.SeparationRequestDetails;
import scot.together.api.inbox.SeparationRequestView;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildPair;
import scot.together.events.family.ChildsView;
import scot.together.web.api.Queries;
import scot.together.api.Role;

/**
 * Separations of brothers and sisters: the social worker's request with its assessment, and
 * the Head of Service's inbox where each request is read beside the children's situation.
 */
@Controller
public class SeparationPages {

    /** A child as the request and the inbox show them: who, care today, where they live. */
    public record Situation(UUID id, String name, String category, UUID homeId, String home) {
    }

    /** A request waiting for the Head of Service, with the children's situations beside it. */
    public record Waiting(SeparationRequestView request, List<Situation> children, Map<UUID, String> names,
                          List<ProposedMove> moves) {
    }

    private final Queries queries;
    private final FormCommands commands;
    private final ChildPages children;
    private final Words words;
    private final Clock clock;

    public SeparationPages(Queries queries, FormCommands commands, ChildPages children, Words words, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.children = children;
        this.words = words;
        this.clock = clock;
    }

    @GetMapping("/separations/new")
    String requestForm(@RequestParam("child") List<UUID> ticked, @RequestParam(required = false) UUID moveHome,
                       @RequestParam(required = false) LocalDate moveOn, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        if (moveHome != null && moveOn != null) {
            values.put("moveHome", moveHome.toString());
            values.put("moveOn", moveOn.toString());
        }
        return show(ticked.get(0), ticked, values, new Submitted(values), model);
    }

    @PostMapping("/separations")
    String request(@RequestParam MultiValueMap<String, String> posted, Model model, RedirectAttributes redirect) {
        Submitted form = new Submitted(posted.toSingleValueMap(), posted);
        UUID about = form.id("about", "Choose the children.");
        List<UUID> childIds = form.ids("childIds", 2, "Choose at least two children who would live apart.");
        List<ChildPair> apart = apart(form, childIds);
        String kind = form.text("assessmentKind", "the kind of assessment", 200, true);
        LocalDate completedOn = form.date("completedOn", "the date the assessment was completed", true);
        String summary = form.text("summary", "what the assessment found", 10000, true);
        String reason = form.text("reason", "why the children should live apart", 10000, true);
        LocalDate reviewBy = form.date("reviewBy", "the date to review the separation by", true);
        List<ChildsView> views = new ArrayList<>();
        for (UUID child : childIds) {
            String view = form.text("view-" + child, "the child's view", 10000, false);
            String whyNot = form.text("whyNot-" + child, "why the child's view could not be given", 2000, false);
            if (view == null && whyNot == null) {
                form.errors().add("view-" + child, "Enter each child's view, or why it could not be given.");
            }
            views.add(new ChildsView(child, view, view == null ? whyNot : null));
        }
        UUID id = commands.send(form, "childIds", "reviewBy", new RequestSeparation(UUID.randomUUID(), childIds,
                new Assessment(kind, completedOn, summary), reason, reviewBy, views, apart));
        if (id == null) {
            return show(about, childIds, form.values(), form, model);
        }
        String done = "The request is sent to the Head of Service.";
        if (!form.values().getOrDefault("moveHome", "").isEmpty()) {
            Submitted move = new Submitted(form.values());
            commands.send(move, "moveOn", new ProposeSeparationMove(id, about, move.id("moveHome", "No home."),
                    move.date("moveOn", "the date of the move", true)));
            done = move.ok() ? "The request, with the move it is for, is sent to the Head of Service."
                    : done + " The move it is for could not be recorded with it: " + move.errors().of("moveOn");
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/children/" + about;
    }

    /**
     * The pairs ticked as living apart ("a:b"), or null when none is: then every pair of the
     * chosen children would live apart. Each pair is two chosen children, and each chosen child
     * is in a pair, said here in the children's names before the service checks it again.
     */
    private List<ChildPair> apart(Submitted form, List<UUID> childIds) {
        List<String> ticked = form.lists().getOrDefault("apart", List.of());
        if (ticked.isEmpty()) {
            return null;
        }
        List<ChildPair> pairs = new ArrayList<>();
        for (String value : ticked) {
            String[] two = value.split(":");
            try {
                pairs.add(new ChildPair(UUID.fromString(two[0]), UUID.fromString(two[1])));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                form.errors().add("apart", "Choose pairs from the list.");
                return null;
            }
        }
        if (childIds.size() < 2) {
            return pairs;
        }
        for (ChildPair pair : pairs) {
            if (!childIds.contains(pair.childId()) || !childIds.contains(pair.otherChildId())) {
                form.errors().add("apart", children.name(pair.childId()) + " and " + children.name(pair.otherChildId())
                        + " are ticked as living apart, but not both are chosen above: choose them both, or untick"
                        + " the pair.");
                return pairs;
            }
        }
        for (UUID child : childIds) {
            if (pairs.stream().noneMatch(pair -> pair.both().contains(child))) {
                form.errors().add("apart", children.name(child) + " is chosen but would live apart from no one:"
                        + " tick a pair with them, or leave every pair unticked.");
                return pairs;
            }
        }
        return pairs;
    }

    @GetMapping("/separations")
    String inbox(Model model) {
        commands.mayOpen(ApproveSeparation.class);
        Map<UUID, HomeSummary> homes = children.homes(Role.HEAD_OF_SERVICE);
        List<Waiting> waiting = new ArrayList<>();
        for (SeparationSummary summary : queries.list(new ListSeparations(SeparationStatus.REQUESTED),
                SeparationSummary.class, Role.HEAD_OF_SERVICE)) {
            SeparationRequestView request = queries.one(new SeparationRequestDetails(summary.id()),
                    SeparationRequestView.class, Role.HEAD_OF_SERVICE);
            if (request != null) {
                List<Situation> situations = request.childIds().stream().map(id -> situation(id, homes)).toList();
                Map<UUID, String> names = new LinkedHashMap<>();
                situations.forEach(s -> names.put(s.id(), s.name()));
                waiting.add(new Waiting(request, situations, names, queries.list(
                        new ProposedMoves(summary.id()), ProposedMove.class, Role.HEAD_OF_SERVICE)));
            }
        }
        SeparationsRegisterView register = queries.one(new SeparationsRegister(LocalDate.now(clock)),
                SeparationsRegisterView.class, Role.HEAD_OF_SERVICE);
        LocalDate soon = LocalDate.now(clock).plusDays(28);
        Map<UUID, String> names = new LinkedHashMap<>();
        register.approved().forEach(a -> a.childIds().forEach(id -> names.computeIfAbsent(id, children::name)));
        List<PastDecision> past = queries.list(new PastDecisions(PastDecisions.Kind.SEPARATIONS), PastDecision.class,
                Role.HEAD_OF_SERVICE);
        model.addAttribute("past", past);
        model.addAttribute("waiting", waiting);
        model.addAttribute("reviews", register.approved().stream()
                .filter(a -> a.reviewBy() != null && !a.reviewBy().isAfter(soon)).toList());
        model.addAttribute("names", names);
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("form", Map.of());
        return "separations/inbox";
    }

    @PostMapping("/separations/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
                   RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        String comment = form.text("comment-" + id, "your comment", 10000, false);
        commands.send(form, "comment-" + id, new ApproveSeparation(id, comment, null));
        return decided(form, model, redirect, "You agreed to the separation.");
    }

    @PostMapping("/separations/{id}/refuse")
    String refuse(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
                  RedirectAttributes redirect) {
        Submitted form = new Submitted(values);
        String reason = form.text("comment-" + id, "why you do not agree", 10000, true);
        commands.send(form, "comment-" + id, new RefuseSeparation(id, reason));
        return decided(form, model, redirect, "You did not agree to the separation; the social worker can see why.");
    }

    private String decided(Submitted form, Model model, RedirectAttributes redirect, String done) {
        if (!form.ok()) {
            inbox(model);
            model.addAttribute("errors", form.errors());
            model.addAttribute("form", form.values());
            return "separations/inbox";
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/separations";
    }

    private String show(UUID about, List<UUID> ticked, Map<String, String> values, Submitted form, Model model) {
        commands.mayOpen(RequestSeparation.class);
        ChildView child = queries.found(new FindChild(about), ChildView.class, "No such child", Role.RECORDERS);
        Map<UUID, HomeSummary> homes = children.homes(Role.RECORDERS);
        List<Situation> offered = new ArrayList<>();
        offered.add(situation(child.id(), homes));
        child.brothersAndSisters().forEach(other -> offered.add(situation(other.childId(), homes)));
        model.addAttribute("child", child);
        model.addAttribute("offered", offered);
        model.addAttribute("moveAsked", moveAsked(values, homes));
        model.addAttribute("choices", Words.children(offered, Situation::id, c -> c.name() + " – "
                + (c.home() != null ? "lives at " + c.home() : "no home recorded")));
        model.addAttribute("ticked", ticked.stream().map(UUID::toString).toList());
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < offered.size(); i++) {
            for (int j = i + 1; j < offered.size(); j++) {
                pairs.put(offered.get(i).id() + ":" + offered.get(j).id(),
                        offered.get(i).name() + " and " + offered.get(j).name() + " would live apart");
            }
        }
        model.addAttribute("pairs", pairs);
        model.addAttribute("tickedPairs", form.lists() == null ? List.of()
                : form.lists().getOrDefault("apart", List.of()));
        model.addAttribute("form", values);
        model.addAttribute("errors", form.errors());
        return "separations/request";
    }

    /** The move a request is for, in words, when the form carries one (from a refused move). */
    private String moveAsked(Map<String, String> values, Map<UUID, HomeSummary> homes) {
        try {
            UUID home = UUID.fromString(values.getOrDefault("moveHome", ""));
            LocalDate on = LocalDate.parse(values.getOrDefault("moveOn", ""));
            HomeSummary summary = homes.get(home);
            return summary == null ? null : summary.name() + " on " + words.date(on);
        } catch (RuntimeException notAMove) {
            return null;
        }
    }

    private Situation situation(UUID id, Map<UUID, HomeSummary> homes) {
        ChildView child = queries.one(new FindChild(id), ChildView.class, Role.CASEWORK);
        if (child == null) {
            return new Situation(id, "A child not yet known", "", null, null);
        }
        HomeSummary home = child.homeId() == null ? null : homes.get(child.homeId());
        return new Situation(id, child.givenName() + " " + child.familyName(), words.category(child.category()),
                child.homeId(), home == null ? null : home.name());
    }
}
