/**
 * The event log: every event with when it happened, when and by whom it was recorded, and the
 * children it concerns, in the event store's order; the source of each child's history and of the
 * audit. Each kind of event is described in plain words by a {@link Describes} bean, naming
 * children and homes as the reader may see them ({@link Names}): for a reader such as the board, a
 * child only by pseudonym and a home only by its kind.
 */
package scot.together.query.history;
