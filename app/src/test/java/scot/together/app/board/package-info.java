/**
 * What the Corporate Parenting Board reads: no answer a board member may read, JSON or CSV, names a
 * child; the exclusion report, its numbers worked out by hand; records marked in error leave the
 * reports and stay in the history, and every look at a record is logged. Also who may record
 * exclusions, restraint, secure care and permanence through the API.
 */
package scot.together.app.board;
