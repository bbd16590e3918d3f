package scot.together.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import scot.together.api.child.ChildView;
import scot.together.api.child.FindChild;
import scot.together.api.home.HomeSummary;
import scot.together.api.reunification.FindReunifications;
import scot.together.api.reunification.Reunifications;
import scot.together.web.api.Queries;
import scot.together.api.Role;

/**
 * The Head of Service's desk-top review of brothers and sisters not living together: each
 * group, where each child lives, the homes with room for all of them (or for more of them
 * than now live together), within the council's area first, and the separations' review dates.
 */
@Controller
public class ReunificationPage {

    /** A child of a group: who, and where they live on the date. */
    public record Member(UUID id, String name, UUID homeId, String home) {
    }

    /** A separation concerning the group, with its children's names. */
    public record Review(String children, Reunifications.Review review) {
    }

    /** A group as the page shows it. */
    public record Shown(Reunifications.Group group, List<Member> members, Map<UUID, String> names,
                        List<Review> reviews) {
    }

    private final Queries queries;
    private final ChildPages children;
    private final Clock clock;

    public ReunificationPage(Queries queries, ChildPages children, Clock clock) {
        this.queries = queries;
        this.children = children;
        this.clock = clock;
    }

    @GetMapping("/reunification")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                Model model) {
        Reunifications found = queries.one(new FindReunifications(asAt == null ? LocalDate.now(clock) : asAt),
                Reunifications.class, Role.HEAD_OF_SERVICE);
        Map<UUID, HomeSummary> homes = children.homes(Role.HEAD_OF_SERVICE);
        List<Shown> groups = found.groups().stream().map(group -> {
            List<Member> members = group.childIds().stream().map(id -> member(id, homes)).toList();
            Map<UUID, String> names = new java.util.LinkedHashMap<>();
            members.forEach(m -> names.put(m.id(), m.name()));
            List<Review> reviews = group.reviews().stream().map(r -> new Review(String.join(", ", r.childIds()
                    .stream().map(c -> names.containsKey(c) ? names.get(c) : children.name(c)).toList()), r)).toList();
            return new Shown(group, members, names, reviews);
        }).toList();
        model.addAttribute("asAt", found.asAt());
        model.addAttribute("groups", groups);
        return "separations/reunification";
    }

    private Member member(UUID id, Map<UUID, HomeSummary> homes) {
        ChildView child = queries.one(new FindChild(id), ChildView.class, Role.HEAD_OF_SERVICE);
        if (child == null) {
            return new Member(id, "A child not yet known", null, null);
        }
        HomeSummary home = child.homeId() == null ? null : homes.get(child.homeId());
        return new Member(id, child.givenName() + " " + child.familyName(), child.homeId(),
                home == null ? null : home.name());
    }
}
