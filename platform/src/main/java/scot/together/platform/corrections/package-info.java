/**
 * Corrections, the one way: a record (an aggregate) marks one of its own events as recorded in
 * error by appending a {@code RecordMarkedInError} to its own stream. From then on everything
 * that follows the record works from its standing events ({@link StandingEvents}): the
 * aggregate when it is loaded ({@link StandingEventsRepository}), and every projection, which
 * forgets the record's rows and applies its standing events again ({@link RecordFollowers}).
 */
package scot.together.platform.corrections;
