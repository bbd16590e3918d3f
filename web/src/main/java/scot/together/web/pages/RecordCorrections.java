package scot.together.web.pages;

import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.api.audit.MarkRecordInError;
import scot.together.api.child.ChildHistory;
import scot.together.api.child.HistoryEntry;
import scot.together.web.api.Queries;
import scot.together.web.pages.ShortForm.Question;
import scot.together.web.problems.NotFound;
import scot.together.api.Role;

/**
 * Marking an entry of a child's story as recorded in error, with the reason. Nothing is deleted:
 * the story keeps the entry, marked, beside the correction, and what the child's page counts
 * (where they live, their episodes and moves) leaves it out from then on.
 */
@Configuration(proxyBeanMethods = false)
public class RecordCorrections {

    private final Queries queries;
    private final FormCommands commands;
    private final ChildPages children;
    private final Words words;

    public RecordCorrections(Queries queries, FormCommands commands, ChildPages children, Words words) {
        this.queries = queries;
        this.commands = commands;
        this.children = children;
        this.words = words;
    }

    /** Whether the story offers to mark the entry as recorded in error. */
    static boolean offered(HistoryEntry entry) {
        return !entry.inError() && !MarkRecordInError.NEVER_MARKED.containsKey(entry.type());
    }

    @Bean("in-error")
    Recording inError() {
        return new Recording(MarkRecordInError.class, (child, event) -> children.shortForm(child, "in-error/" + event,
                "Mark as recorded in error", "Mark it as recorded in error",
                Question.words("reason", "Why was it recorded in error?", "What was recorded: " + entry(child, event))),
                (form, child, event) -> {
                    String reason = form.text("reason", "why it was recorded in error", 4000, true);
                    commands.send(form, "reason", new MarkRecordInError(UUID.randomUUID(), event.toString(), reason));
                    return "It is marked as recorded in error. Their story keeps it, marked, beside the correction.";
                });
    }

    /** The entry of the child's story, in words; not found when it is not in their story. */
    private String entry(UUID child, UUID event) {
        return queries.list(new ChildHistory(child, false), HistoryEntry.class, Role.RECORDERS).stream()
                .filter(entry -> entry.eventId().equals(event.toString())).findFirst()
                .map(entry -> entry.summary() + " (" + words.date(entry.effectiveDate()) + ")")
                .orElseThrow(() -> new NotFound("No such record in the child's story"));
    }
}
