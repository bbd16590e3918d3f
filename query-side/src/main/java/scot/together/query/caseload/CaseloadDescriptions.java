package scot.together.query.caseload;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.events.child.ChildAllocated;
import scot.together.events.family.SeparationMoveProposed;
import scot.together.query.history.Describes;

/** Plain words for allocations and the moves separation requests are for. */
@Configuration
public class CaseloadDescriptions {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Bean
    Describes<ChildAllocated> childAllocated() {
        return Describes.of(ChildAllocated.class, (e, names) -> names.pseudonymised()
                ? "Allocated to a worker"
                : "Allocated to " + e.worker() + " in the team " + e.team());
    }

    @Bean
    Describes<SeparationMoveProposed> separationMoveProposed() {
        return Describes.of(SeparationMoveProposed.class, (e, names) -> "A separation is asked for so that "
                + names.child(e.childId()) + " can move to " + names.home(e.homeId()) + " on " + words(e.moveOn()));
    }

    private static String words(LocalDate date) {
        return date.format(IN_WORDS);
    }
}
