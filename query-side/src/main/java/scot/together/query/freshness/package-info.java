/**
 * Read-your-writes: before a query is answered, {@link ReadYourWrites} waits until the read models
 * have taken in every event they handle that was stored when the query arrived, so that someone who
 * records a move sees it on the child's page. Freshness is judged from the positions committed in
 * the token store, so that it holds with several query sides each running some of the segments.
 * An event committed after a later one (a gap in a read model's position) is waited for too
 * ({@link HandledEvents}).
 */
package scot.together.query.freshness;
