/**
 * The look-ups the command side's rules read (children on record, brothers and sisters, where
 * each child lives, approved separations, secure stays, which record holds each event): a
 * projection of the events like any read model, kept so that it is never behind an event the
 * event store has acknowledged, and rebuilt from the events by replay. See {@link Lookups}.
 */
package scot.together.command.lookups;
