/**
 * Corrections: {@link RecordMarkedInError} says that an earlier event was recorded in error.
 * Nothing is deleted: the history shows both, and the reports leave the earlier event out from then
 * on.
 */
package scot.together.events.audit;
