/**
 * The Corporate Parenting Board's page: every measure for the period, or as at a date, beside the
 * council's target, with the report behind each.
 */
package scot.together.api.board;
