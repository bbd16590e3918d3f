package scot.together.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.together.web.problems.NotFound;

/**
 * Every {@link Recording} at its own address: shows its form, and after it is sent goes back
 * with what was done, or shows it again with its problems.
 */
@Controller
public class ShortForms {

    private static final String CHILD = "/children/{subject}/record/{what}";
    private static final String CHILD_RECORD = "/children/{subject}/record/{what}/{about}";
    private static final String SEPARATION = "/separations/{subject}/record/{what}";

    private final Map<String, Recording> recordings;
    private final FormCommands commands;

    public ShortForms(Map<String, Recording> recordings, FormCommands commands) {
        this.recordings = recordings;
        this.commands = commands;
    }

    @GetMapping({CHILD, CHILD_RECORD, SEPARATION})
    String blank(@PathVariable UUID subject, @PathVariable String what, @PathVariable(required = false) UUID about,
                 HttpServletRequest request, Model model) {
        return show(page(what, subject, about, request), new Submitted(Map.of()), model);
    }

    @PostMapping({CHILD, CHILD_RECORD, SEPARATION})
    String send(@PathVariable UUID subject, @PathVariable String what, @PathVariable(required = false) UUID about,
                @RequestParam Map<String, String> values, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        ShortForm page = page(what, subject, about, request);
        Submitted form = new Submitted(values);
        String done = recordings.get(what).send().of(form, subject, about);
        if (!form.ok()) {
            return show(page, form, model);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:" + page.back();
    }

    /** The recording's page, only at the address it gives itself, and only for those who may send it. */
    private ShortForm page(String what, UUID subject, UUID about, HttpServletRequest request) {
        Recording recording = recordings.get(what);
        if (recording != null) {
            commands.mayOpen(recording.command());
        }
        ShortForm page = recording == null ? null : recording.page().of(subject, about);
        if (page == null || !request.getRequestURI().equals(request.getContextPath() + page.action())) {
            throw new NotFound("No such page");
        }
        return page;
    }

    private static String show(ShortForm page, Submitted form, Model model) {
        model.addAttribute("page", page);
        return ChildPages.form(model, form, "form");
    }
}
