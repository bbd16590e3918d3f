package scot.together.api.admin;

/**
 * Rebuild the command side's look-ups (what its rules read) from the events, from the first.
 * Answers when done; commands wait meanwhile.
 */
public record RebuildLookups() {
}
