package scot.together.api.childpage;

import java.util.UUID;

/**
 * What is in force for a child today, each with the id the commands that change it need: the
 * brothers and sisters, family time plans, separations, stays in secure care and permanent
 * plans. Answers a {@link ChildArrangementsView} (empty lists when there is no such child).
 */
public record ChildArrangements(UUID childId) {
}
