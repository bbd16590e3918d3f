package scot.together.api.admin;

/** How far each read model has got through the events. */
public record ReadModelProgress() {
}
