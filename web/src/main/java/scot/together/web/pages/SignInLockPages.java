package scot.together.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.together.web.security.Actor;
import scot.together.api.Role;
import scot.together.web.security.SignInAttempts;

/** The administrator's page of user names and addresses locked after failed sign-ins, each with a button to lift it. */
@Controller
public class SignInLockPages {

    private final SignInAttempts attempts;
    private final Actor actor;

    public SignInLockPages(SignInAttempts attempts, Actor actor) {
        this.attempts = attempts;
        this.actor = actor;
    }

    @GetMapping("/admin/sign-in-locks")
    String locks(Model model) {
        actor.as(Role.ADMIN);
        model.addAttribute("locks", attempts.current());
        return "admin/sign-in-locks";
    }

    @PostMapping("/admin/sign-in-locks/lift")
    String lift(@RequestParam SignInAttempts.Kind kind, @RequestParam String key, RedirectAttributes redirect) {
        actor.as(Role.ADMIN);
        boolean lifted = attempts.lift(kind, key);
        redirect.addFlashAttribute("done", lifted ? "The lock is lifted: they can sign in again."
                : "There was no lock to lift.");
        return "redirect:/admin/sign-in-locks";
    }
}
