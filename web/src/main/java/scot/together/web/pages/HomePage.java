package scot.together.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import scot.together.web.security.Actor;
import scot.together.web.security.Role;

/** The home page: for each role the person holds, the work of their day. */
@Controller
public class HomePage {

    private final Actor actor;

    public HomePage(Actor actor) {
        this.actor = actor;
    }

    @GetMapping("/")
    String home(Model model) {
        for (Role role : Role.values()) {
            model.addAttribute(role.name(), actor.holds(role));
        }
        return "home";
    }
}
