/**
 * Commands and queries about a child's own record: registering a child, starting, changing and
 * ending looked-after episodes, moves to a home and allocation to a worker. The queries give a
 * child's record as of today, a search by name and date of birth, their episodes with their homes,
 * and their history in plain words.
 */
package scot.together.api.child;
