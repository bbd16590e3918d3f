package scot.together.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.together.api.Role;
import scot.together.api.home.FindHome;
import scot.together.api.home.HomeView;
import scot.together.web.api.Queries;
import scot.together.web.security.Actor;

/**
 * A home's own page (not to be confused with {@link HomePage}, the page each person starts on):
 * its kind, whether it is within the council's area, the places recorded for it, who lives there
 * today and its vacancies today. It names children, so only those who work with children's
 * records see it (never the board).
 */
@Controller
public class HomesPage {

    private final Queries queries;
    private final Actor actor;
    private final Clock clock;

    public HomesPage(Queries queries, Actor actor, Clock clock) {
        this.queries = queries;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping("/homes/{id}")
    String home(@PathVariable UUID id, Model model) {
        HomeView home = queries.found(new FindHome(id, LocalDate.now(clock)), HomeView.class, "No such home",
                Role.CASEWORK);
        model.addAttribute("home", home);
        // who lives there, only for those who may see children (everyone the page is for, today)
        model.addAttribute("mayNameChildren", Arrays.stream(Role.CASEWORK).anyMatch(actor::holds));
        return "homes/home";
    }
}
