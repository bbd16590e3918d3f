package scot.together.api.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.api.Tabular;

/**
 * For each plan in force during the period: how many times family time was due by the plan,
 * how many recorded times happened and how many did not. Children appear by pseudonym.
 */
public record FamilyTimeFigures(LocalDate from, LocalDate to, long planned, long happened, long didNotHappen,
                                List<Plan> plans) implements Tabular {

    public record Plan(UUID planId, List<String> children, String howOften, String withWhom, long planned,
                       long happened, long didNotHappen) {
    }

    @Override
    public List<String> headings() {
        return List.of("From", "To", "Plan", "Children", "How often", "With whom", "Family time planned",
                "Happened", "Did not happen");
    }

    @Override
    public List<List<Object>> rows() {
        return plans.stream().<List<Object>>map(p -> List.of(from, to, p.planId(), String.join(" ", p.children()),
                p.howOften(), p.withWhom() == null ? "" : p.withWhom(), p.planned(), p.happened(),
                p.didNotHappen())).toList();
    }
}
