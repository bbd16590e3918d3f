package scot.together.api.exclusions;

public enum ExclusionStatus {
    PENDING, APPROVED, REFUSED, INFORMAL
}
