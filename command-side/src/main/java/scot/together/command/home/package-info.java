/**
 * A home a child may live in ({@link Home}): registered, and from a date how many children it can
 * take and the ages it is approved for, where the council records them.
 */
package scot.together.command.home;
