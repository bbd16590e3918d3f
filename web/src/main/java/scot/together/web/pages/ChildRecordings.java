package scot.together.web.pages;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.api.child.RecordCouncilReference;
import scot.together.web.pages.ShortForm.Question;

/** A social worker's short forms about who a child is: the reference the council knows them by. */
@Configuration(proxyBeanMethods = false)
public class ChildRecordings {

    private final FormCommands commands;
    private final ChildPages children;
    private final Words words;

    public ChildRecordings(FormCommands commands, ChildPages children, Words words) {
        this.commands = commands;
        this.children = children;
        this.words = words;
    }

    @Bean("council-reference")
    Recording councilReference() {
        return new Recording(RecordCouncilReference.class, (child, none) -> children.shortForm(child,
                "council-reference", "Record the council's reference", "Record the reference",
                Question.line("reference", "The council's reference",
                        "The number or reference the council's own case system gives the child."),
                Question.date("from", "Used from", "Leave it empty for today.")),
                (form, child, none) -> {
                    String reference = form.text("reference", "the council's reference",
                            RecordCouncilReference.LONGEST, true);
                    LocalDate from = form.date("from", "the date it is used from", false);
                    commands.send(form, "reference", "from", new RecordCouncilReference(child, reference, from));
                    return "The council's reference " + reference + " is recorded"
                            + (from == null ? "." : " from " + words.date(from) + ".");
                });
    }
}
