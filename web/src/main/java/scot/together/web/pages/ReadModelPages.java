package scot.together.web.pages;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.together.api.admin.ParkedEventsRetried;
import scot.together.api.admin.ReadModelProgress;
import scot.together.api.admin.ReadModelStatus;
import scot.together.api.admin.RebuildLookups;
import scot.together.api.admin.RebuildReadModels;
import scot.together.api.admin.RetryParkedEvents;
import scot.together.web.api.Commands;
import scot.together.web.api.Queries;
import scot.together.web.problems.NotFound;
import scot.together.web.security.Role;

/**
 * The administrator's page for the read models behind every page and report: how far each
 * has got through the events, segment by segment; the events each could not take in and
 * parked, to be retried after a fix; and rebuilding them all from the first event with the
 * progress shown as it goes (htmx asks again every two seconds; without scripts, a link does).
 */
@Controller
public class ReadModelPages {

    /** What each read model serves, in the words of the people who use it. */
    static final Map<String, String> SERVES = Map.of(
            "children", "Children's records, homes, moves and local care",
            "event-log", "Children's stories and the audit history",
            "brothers-and-sisters", "Brothers and sisters, separations, family time and togetherness",
            "board-records", "Exclusions, restraint, secure care and permanence",
            "accounts", "Who is who among the users");

    private final Commands commands;
    private final Queries queries;

    public ReadModelPages(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/admin/read-models")
    String progress(Model model) {
        ReadModelStatus status = queries.one(new ReadModelProgress(), ReadModelStatus.class, Role.ADMIN);
        model.addAttribute("status", status);
        model.addAttribute("serves", SERVES);
        model.addAttribute("rebuilding", status.readModels().stream()
                .anyMatch(m -> m.rebuilding() || m.percent() < 100));
        model.addAttribute("parked", status.readModels().stream().mapToLong(ReadModelStatus.ReadModel::parkedCount)
                .sum());
        return "admin/read-models";
    }

    @PostMapping("/admin/read-models/{readModel}/retry")
    String retry(@PathVariable String readModel, RedirectAttributes redirect) {
        ReadModelStatus status = queries.one(new ReadModelProgress(), ReadModelStatus.class, Role.ADMIN);
        if (status.readModels().stream().noneMatch(m -> m.name().equals(readModel))) {
            throw new NotFound("There is no read model " + readModel + ".");
        }
        ParkedEventsRetried retried = commands.send(new RetryParkedEvents(readModel));
        redirect.addFlashAttribute("done", "The parked events of " + readModel + " were tried again: "
                + retried.recordsTakenIn() + (retried.recordsTakenIn() == 1 ? " record was" : " records were")
                + " taken in; " + retried.stillParked() + (retried.stillParked() == 1 ? " event is" : " events are")
                + " still parked.");
        return "redirect:/admin/read-models";
    }

    @PostMapping("/admin/read-models/rebuild")
    String rebuild(RedirectAttributes redirect) {
        commands.send(new RebuildLookups());
        commands.send(new RebuildReadModels());
        redirect.addFlashAttribute("done", "The rebuild has started. Pages and reports keep answering with what"
                + " the read models hold so far.");
        return "redirect:/admin/read-models";
    }
}
