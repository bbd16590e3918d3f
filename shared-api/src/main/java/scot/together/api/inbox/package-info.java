/**
 * What the Head of Service reads before deciding a separation: the request in full, as the social
 * worker made it.
 */
package scot.together.api.inbox;
