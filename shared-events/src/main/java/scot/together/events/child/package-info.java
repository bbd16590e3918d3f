/**
 * Events of a child's own record ({@link ChildEvent}): the child registered, looked-after episodes
 * started, changed in category and ended, moves to a home, and allocation to a worker.
 */
package scot.together.events.child;
