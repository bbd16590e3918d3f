/**
 * The events Together records: {@link CareEvent}, which every event is, and the categories of care.
 * An event is a fact published forever: its meaning never changes, and who recorded it, in which
 * role and when travels in its metadata. The events of each kind of record are in the packages
 * below.
 */
package scot.together.events;
