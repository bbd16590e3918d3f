/**
 * Caseloads and what is due: who each child is allocated to (a read model of its own), and the
 * work due for the children, answered from the read models.
 */
package scot.together.query.caseload;
