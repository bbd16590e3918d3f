package scot.together.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import scot.together.web.problems.NotFound;
import scot.together.web.security.Actor;
import scot.together.web.security.CommandRoles;

/**
 * What every page shows (who is signed in, the navigation for their roles), and the pages
 * for what went wrong: never a stack trace.
 */
@ControllerAdvice(basePackages = "scot.together.web.pages")
public class PageModel {

    private static final Logger log = LoggerFactory.getLogger(PageModel.class);

    private final Navigation navigation;
    private final Actor actor;

    public PageModel(Navigation navigation, Actor actor) {
        this.navigation = navigation;
        this.actor = actor;
    }

    @ModelAttribute("signedIn")
    String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getName()) ? null : authentication.getName();
    }

    @ModelAttribute("navigation")
    List<Navigation.Link> navigation(HttpServletRequest request) {
        return signedIn() == null ? List.of() : navigation.links(request.getRequestURI());
    }

    /**
     * For each command (by its simple name), whether the signed-in person may send it
     * ({@link CommandRoles}): a page offers a form or a link to one only when they may.
     */
    @ModelAttribute("may")
    Map<String, Boolean> may() {
        Map<String, Boolean> may = new HashMap<>();
        CommandRoles.all().forEach((command, roles) -> may.put(command, roles.stream().anyMatch(actor::holds)));
        return may;
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(Model model, HttpServletRequest request, HttpServletResponse response) {
        return problem(model, request, response, 403, "You cannot see this page",
                "Your role does not allow this. If you think it should, ask your system administrator.");
    }

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    String notFound(Model model, HttpServletRequest request, HttpServletResponse response) {
        return problem(model, request, response, 404, "Page not found",
                "There is nothing here. The record may not exist, or the address may be mistyped.");
    }

    /** A blank id (/children/%20/...) converts to nothing: no record is there. */
    @ExceptionHandler(MissingPathVariableException.class)
    String blankId(MissingPathVariableException e, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        return e.isMissingAfterConversion() ? notFound(model, request, response) : failed(e, model, request, response);
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        // the log names only the kind of failure: messages may carry a child's details
        log.error("Page failed: {}", e.getClass().getName(), e);
        return problem(model, request, response, 500, "Sorry, there is a problem with the service",
                "Something went wrong on our side; nothing was recorded. Try again later.");
    }

    private String problem(Model model, HttpServletRequest request, HttpServletResponse response, int status,
                           String title, String detail) {
        response.setStatus(status);
        model.addAttribute("signedIn", signedIn());
        model.addAttribute("navigation", navigation(request));
        model.addAttribute("problem", title);
        model.addAttribute("detail", detail);
        return "problem";
    }
}
