package scot.together.api.family;

public enum SeparationStatus {
    REQUESTED,
    APPROVED,
    REFUSED,
    ENDED
}
