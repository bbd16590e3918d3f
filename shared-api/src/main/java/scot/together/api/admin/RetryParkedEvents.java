package scot.together.api.admin;

import scot.together.api.text.PlainText;

/**
 * Take in again, after a fix, the events a read model parked, each record's in their order;
 * an event that still fails stays parked. Answers {@link ParkedEventsRetried}.
 */
public record RetryParkedEvents(@PlainText String readModel) {
}
