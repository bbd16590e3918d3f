/**
 * A worker's day: the children allocated to them (their caseload), every team's caseload for
 * the Head of Service, and what is due for each child, answered by the query side.
 */
package scot.together.api.caseload;
