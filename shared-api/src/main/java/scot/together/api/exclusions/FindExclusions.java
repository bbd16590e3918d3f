package scot.together.api.exclusions;

/** Exclusions, newest first; all of them when status is null. Records marked in error are left out. */
public record FindExclusions(ExclusionStatus status) {
}
