package scot.together.api.family;

/** Separations, all of them or those with the status; answers a list of {@link SeparationSummary}. */
public record ListSeparations(SeparationStatus status) {
}
