/**
 * Homes a child may live in: registering a home, recording how many children it can take and the
 * ages it is approved for, and listing the homes recorded.
 */
package scot.together.api.home;
