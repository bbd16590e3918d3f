package scot.together.command.care;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import scot.together.command.RuleViolation;
import scot.together.command.child.Child;

/** Reads the child's own record from the events (and holds its lock while the command is decided). */
@Component
public class ChildRecordsInStore implements ChildRecords {

    private final Repository<Child> children;

    public ChildRecordsInStore(@Qualifier("childRepository") Repository<Child> children) {
        this.children = children;
    }

    @Override
    public LocalDate bornOn(UUID childId) {
        return load(childId).invoke(Child::bornOn);
    }

    @Override
    public boolean careExperiencedOn(UUID childId, LocalDate date) {
        return load(childId).invoke(child -> child.inEpisodeOn(date));
    }

    private Aggregate<Child> load(UUID childId) {
        try {
            return children.load(childId.toString());
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound("There is no child " + childId + ".");
        }
    }
}
