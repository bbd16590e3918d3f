/**
 * What the Head of Service reads before deciding a separation: the request in full (assessment,
 * reason, the children's views, who would live apart from whom), read from the event log.
 */
package scot.together.query.inbox;
