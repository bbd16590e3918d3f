/**
 * Events of the homes a child may live in: a home registered, with its kind and whether it is
 * within the council's area, and how many children it can take and the ages it is approved for.
 */
package scot.together.events.home;
