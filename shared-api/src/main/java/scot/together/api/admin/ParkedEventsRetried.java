package scot.together.api.admin;

/** How many records' parked events were taken in by a retry, and how many events are still parked. */
public record ParkedEventsRetried(String readModel, long recordsTakenIn, long stillParked) {
}
