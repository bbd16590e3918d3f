package scot.together.events.family;

import java.util.UUID;

/**
 * What a child said about living apart from their brothers and sisters (Children (Scotland)
 * Act 2020 s.13), or why their view could not be given: exactly one of the two is set.
 */
public record ChildsView(UUID childId, String view, String notGivenBecause) {
}
