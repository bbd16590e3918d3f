/**
 * The audit history and who looked at what: every recorded event in plain words, over a period or
 * for one child, with who recorded it and whether it was marked in error; the log of looks at a
 * child's record; and the subject-access export for one child, with every other child redacted.
 * Also the command that marks an earlier event as recorded in error.
 */
package scot.together.api.audit;
