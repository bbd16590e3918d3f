package scot.together.api.admin;

/** Rebuild every read model from the events, from the first. Answers at once; see {@link ReadModelProgress}. */
public record RebuildReadModels() {
}
