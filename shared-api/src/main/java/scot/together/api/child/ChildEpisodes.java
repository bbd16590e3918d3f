package scot.together.api.child;

import java.util.UUID;

/** A child's episodes of care and the homes of each, oldest first: answers a list of {@link EpisodeSummary}. */
public record ChildEpisodes(UUID childId) {
}
