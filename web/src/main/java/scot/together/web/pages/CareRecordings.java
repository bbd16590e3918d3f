package scot.together.web.pages;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.api.care.AdmitToSecureCare;
import scot.together.api.care.DischargeFromSecureCare;
import scot.together.api.care.RecordPermanencePlan;
import scot.together.api.child.ChangeEpisodeCategory;
import scot.together.events.CareCategory;
import scot.together.events.care.PermanenceKind;
import scot.together.web.pages.ShortForm.Question;
import scot.together.api.Role;

/** A social worker's forms about how a child is looked after: the episode's category, secure care, permanence. */
@Configuration(proxyBeanMethods = false)
public class CareRecordings {

    private final FormCommands commands;
    private final ChildPages children;
    private final Words words;

    public CareRecordings(FormCommands commands, ChildPages children, Words words) {
        this.commands = commands;
        this.children = children;
        this.words = words;
    }

    @Bean("category-change")
    Recording categoryChange() {
        return new Recording(ChangeEpisodeCategory.class, (child, episode) -> children.shortForm(child, "category-change/" + episode,
                "Change how the child is looked after", "Record the change",
                Question.date("date", "From what date?", null),
                Question.choice("category", "How is the child looked after now?", words.categoryChoices())),
                (form, child, episode) -> {
                    LocalDate date = form.date("date", "the date it changed", true);
                    CareCategory category = form.choice("category", CareCategory.class,
                            "Choose how the child is looked after now.");
                    commands.send(form, "date", new ChangeEpisodeCategory(child, episode, date, category));
                    return "The change in how the child is looked after is recorded.";
                });
    }

    @Bean("secure-care-admission")
    Recording admission() {
        return new Recording(AdmitToSecureCare.class, (child, none) -> children.shortForm(child, "secure-care-admission",
                "Record an admission to secure care", "Record the admission",
                Question.date("admittedOn", "Date they went into secure care", null),
                Question.words("reason", "Why (optional)")),
                (form, child, none) -> {
                    LocalDate date = form.date("admittedOn", "the date the child went into secure care", true);
                    String reason = form.text("reason", "why", 4000, false);
                    commands.send(form, "admittedOn", new AdmitToSecureCare(UUID.randomUUID(), child, date, reason));
                    return "The admission to secure care is recorded.";
                });
    }

    @Bean("secure-care-discharge")
    Recording discharge() {
        return new Recording(DischargeFromSecureCare.class, (child, stay) -> children.shortForm(child, "secure-care-discharge/" + stay,
                "Record a discharge from secure care", "Record the discharge",
                Question.date("dischargedOn", "Date they left secure care", null)),
                (form, child, stay) -> {
                    LocalDate date = form.date("dischargedOn", "the date the child left secure care", true);
                    commands.send(form, "dischargedOn", new DischargeFromSecureCare(stay, child, date));
                    return "The discharge from secure care is recorded.";
                });
    }

    @Bean("permanent-plan")
    Recording permanentPlan() {
        return new Recording(RecordPermanencePlan.class, (child, none) -> children.shortForm(child, "permanent-plan", "Record a permanent plan",
                "Record the plan", Question.choice("kind", "What is the permanent plan?", words.permanenceKinds()),
                Question.date("agreedOn", "Date it was agreed", null)),
                (form, child, none) -> {
                    PermanenceKind kind = form.choice("kind", PermanenceKind.class, "Choose the permanent plan.");
                    LocalDate agreedOn = form.date("agreedOn", "the date the plan was agreed", true);
                    commands.send(form, "kind", "agreedOn",
                            new RecordPermanencePlan(UUID.randomUUID(), child, kind, agreedOn));
                    return "The permanent plan is recorded.";
                });
    }
}
