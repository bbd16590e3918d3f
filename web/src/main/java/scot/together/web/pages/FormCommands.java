package scot.together.web.pages;

import org.axonframework.messaging.HandlerExecutionException;
import org.springframework.stereotype.Component;
import scot.together.api.Refusal;
import scot.together.web.api.Commands;
import scot.together.web.security.Actor;
import scot.together.web.security.CommandRoles;

/**
 * Sends what a form asks as a command, as the signed-in person. When a rule of the service
 * refuses it, nothing was recorded and the reason is noted on the form, at the field it concerns.
 */
@Component
public class FormCommands {

    private final Commands commands;
    private final Actor actor;

    public FormCommands(Commands commands, Actor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    /**
     * Before a form is shown: 403 unless the signed-in person holds a role that may send its
     * command ({@link CommandRoles}), so that no one is offered a form they may not send.
     */
    public void mayOpen(Class<?> command) {
        actor.as(CommandRoles.of(command));
    }

    /** The command's answer, or null when the form had problems already or the service refused it. */
    public <R> R send(Submitted form, String field, Object command) {
        return send(form, field, field, command);
    }

    /**
     * As {@link #send(Submitted, String, Object)}, for a form whose date is not its main field:
     * a refusal that names one of the form's fields ({@link Refusal#field()}, by its last part:
     * a form with two dates) is shown at that field; else one about a date at {@code dateField}, any other at
     * {@code field}. One message, at one field, for each refusal.
     */
    public <R> R send(Submitted form, String field, String dateField, Object command) {
        if (!form.ok()) {
            return null;
        }
        try {
            R answer = commands.send(command);
            return answer;
        } catch (HandlerExecutionException e) {
            Refusal refusal = Refused.by(e).orElseThrow(() -> e);
            String named = refusal.field() == null ? null
                    : refusal.field().substring(refusal.field().lastIndexOf('.') + 1);
            String at = named != null && form.values().containsKey(named) ? named
                    : refusal.code().aboutADate() ? dateField : field;
            form.refused(refusal, at);
            return null;
        }
    }
}
