/**
 * The board's moves and local-care reports, worked out on the dates things happened.
 */
package scot.together.query.reports;
