/**
 * The administrator's commands and queries for the read models and look-ups: how far each read
 * model has got through the events, rebuilding the read models or the command side's look-ups from
 * the events, and taking in again, after a fix, the events a read model parked.
 */
package scot.together.api.admin;
