package scot.together.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.together.web.api.WorkDue;
import scot.together.web.security.Actor;
import scot.together.api.Role;

/** The links of the site navigation: each role sees the pages of its day. */
@Component
public class Navigation {

    public record Link(String label, String href, boolean current) {
    }

    private final Actor actor;
    private final WorkDue workDue;

    public Navigation(Actor actor, WorkDue workDue) {
        this.actor = actor;
        this.workDue = workDue;
    }

    public List<Link> links(String path) {
        List<String[]> offered = new ArrayList<>();
        offered.add(new String[] {"Home", "/"});
        if (workDue.applies()) {
            int due = workDue.forMe().size();
            offered.add(new String[] {"What is due (" + due + ")", "/due"});
        }
        if (holdsAny(Role.RECORDERS)) {
            offered.add(new String[] {"Find a child", "/children"});
            offered.add(new String[] {"Register a child", "/children/new"});
        }
        if (actor.holds(Role.HEAD_OF_SERVICE)) {
            offered.add(new String[] {"Caseloads", "/caseloads"});
            offered.add(new String[] {"Separations to decide", "/separations"});
            offered.add(new String[] {"Living together again", "/reunification"});
        }
        if (holdsAny(Role.HEAD_OF_EDUCATION, Role.HEAD_OF_CF_SOCIAL_WORK)) {
            offered.add(new String[] {"Exclusions to decide", "/exclusions"});
        }
        if (actor.holds(Role.BOARD_MEMBER)) {
            offered.add(new String[] {"Board dashboard", "/board"});
            offered.add(new String[] {"Audit history", "/board/audit"});
        }
        if (actor.holds(Role.ADMIN)) {
            offered.add(new String[] {"Read models", "/admin/read-models"});
            offered.add(new String[] {"Sign-in locks", "/admin/sign-in-locks"});
        }
        // the current page is the link whose address is the longest start of the path
        String current = offered.stream().map(link -> link[1]).filter(href -> within(path, href))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        return offered.stream().map(link -> new Link(link[0], link[1], link[1].equals(current))).toList();
    }

    public boolean holdsAny(Role... roles) {
        for (Role role : roles) {
            if (actor.holds(role)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(String path, String href) {
        return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
    }
}
