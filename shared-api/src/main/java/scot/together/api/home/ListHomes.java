package scot.together.api.home;

/** Every home recorded, by name: answers a list of {@link HomeSummary}. */
public record ListHomes() {
}
