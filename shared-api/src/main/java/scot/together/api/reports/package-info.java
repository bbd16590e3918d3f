/**
 * The board's reports of moves of home among children looked after in a period, and of accommodated
 * children whose home is within the council's area as at a date.
 */
package scot.together.api.reports;
