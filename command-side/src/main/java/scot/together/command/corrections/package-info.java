/**
 * Marking a record in error, decided by the record that owns it. {@link Corrections} finds
 * the aggregate whose stream holds the event and asks it ({@link CorrectableRecord}); the
 * aggregate appends a {@code RecordMarkedInError} to its own stream and is loaded from then on
 * from its standing events only (see {@code scot.together.platform.corrections}).
 */
package scot.together.command.corrections;
