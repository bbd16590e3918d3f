package scot.together.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security checks what it posts (username, password) at POST /sign-in. */
@Controller
public class SignInPage {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                  @RequestParam(required = false) Long locked, Model model) {
        model.addAttribute("failed", error != null);
        // after too many failed sign-ins: how long to wait, in minutes (at least one)
        model.addAttribute("lockedMinutes", locked == null ? null : Math.max(1, (Math.max(0, locked) + 59) / 60));
        model.addAttribute("signedOut", signedOut != null);
        return "sign-in";
    }
}
