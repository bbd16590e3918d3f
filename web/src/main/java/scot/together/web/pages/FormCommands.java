package scot.together.web.pages;

import org.axonframework.messaging.HandlerExecutionException;
import org.springframework.stereotype.Component;
import scot.together.web.api.Commands;
import scot.together.web.security.Role;

/**
 * Sends what a form asks as a command, as the signed-in person. When a rule of the service
 * refuses it, nothing was recorded and the reason is noted on the form, at the field it concerns.
 */
@Component
public class FormCommands {

    private final Commands commands;

    public FormCommands(Commands commands) {
        this.commands = commands;
    }

    /** The command's answer, or null when the form had problems already or the service refused it. */
    public <R> R send(Submitted form, String field, Object command, Role... allowed) {
        if (!form.ok()) {
            return null;
        }
        try {
            R answer = commands.send(command, allowed);
            return answer;
        } catch (HandlerExecutionException e) {
            form.refused(Refused.by(e).orElseThrow(() -> e), field);
            return null;
        }
    }
}
