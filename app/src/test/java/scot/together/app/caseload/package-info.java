/**
 * Caseloads through the API: allocating children to workers, the signed-in worker's caseload with
 * where each child lives and what is due, every team's caseload, what is due for each role, the
 * move a separation request is for, and a registration that asks before recording a second child
 * with the same name and date of birth.
 */
package scot.together.app.caseload;
