/**
 * The read models' upkeep: how far each has got, the events each parked because it could not take
 * them in (and why, in words that hold no personal data), retrying them after a fix, and rebuilding
 * every read model from the events. A rebuild fills new tables beside the ones that answer, so no
 * page or report shows partial figures. Each handler runs in a savepoint, so that a read model can
 * park one event and go on with the rest of its batch.
 */
package scot.together.query.rebuild;
