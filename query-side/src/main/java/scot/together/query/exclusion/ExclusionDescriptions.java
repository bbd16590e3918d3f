package scot.together.query.exclusion;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.api.RecordedDates;
import scot.together.events.exclusion.ExclusionApprovalGiven;
import scot.together.events.exclusion.ExclusionApproved;
import scot.together.events.exclusion.ExclusionProposed;
import scot.together.events.exclusion.ExclusionRefused;
import scot.together.events.exclusion.InformalExclusionRecorded;
import scot.together.api.Role;
import scot.together.query.history.Describes;
import scot.together.query.history.Names;

/** Plain words for exclusions. Free text (reasons, comments) is left out for pseudonymised readers. */
@Configuration
public class ExclusionDescriptions {

    static String role(String role) {
        return Role.inWords(role);
    }

    static String because(String text, Names names) {
        return text == null || text.isBlank() || names.pseudonymised() ? "" : ": " + text.strip();
    }

    /** A school's name is typed by a person: a reader who sees no typed text reads "school". */
    private static String school(String name, Names names) {
        return names.pseudonymised() ? "school" : name;
    }

    @Bean
    Describes<ExclusionProposed> exclusionProposed() {
        return Describes.of(ExclusionProposed.class, (e, names) -> "Exclusion from " + school(e.school(), names) + " for " + e.days()
                + (e.days() == 1 ? " day" : " days") + " from " + RecordedDates.inWords(e.startDate()) + " proposed"
                + because(e.reason(), names));
    }

    @Bean
    Describes<ExclusionApprovalGiven> exclusionApprovalGiven() {
        return Describes.of(ExclusionApprovalGiven.class, (e, names) -> "Exclusion approved by " + e.approvedBy()
                + " as " + role(e.role()) + because(e.comment(), names));
    }

    @Bean
    Describes<ExclusionApproved> exclusionApproved() {
        return Describes.of(ExclusionApproved.class, (e, names) ->
                "Exclusion approved by both the Head of Education and the Head of Children and Families Social Work");
    }

    @Bean
    Describes<ExclusionRefused> exclusionRefused() {
        return Describes.of(ExclusionRefused.class, (e, names) -> "Exclusion refused by " + e.refusedBy() + " as "
                + role(e.role()) + because(e.reason(), names));
    }

    @Bean
    Describes<InformalExclusionRecorded> informalExclusionRecorded() {
        return Describes.of(InformalExclusionRecorded.class, (e, names) -> "Informally excluded from " + school(e.school(), names)
                + " for " + e.days() + (e.days() == 1 ? " day" : " days") + because(e.description(), names));
    }
}
