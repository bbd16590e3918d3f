/**
 * Events of a school exclusion of a care-experienced pupil ({@link ExclusionEvent}): a formal one
 * proposed, approved by each of the two heads or refused, and an informal one recorded as it
 * happened.
 */
package scot.together.events.exclusion;
