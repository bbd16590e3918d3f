/**
 * The audit history: every event in plain words, with when and by whom it was recorded and whether
 * a correction later marked it as recorded in error. Also the access log of who looked at a child's
 * record, written before each answer leaves the query side, and the subject-access export for one
 * child, with every other child reduced to "another child". The read model of records marked in
 * error, which the reports leave out when they read, is kept here too.
 */
package scot.together.query.audit;
