/**
 * Records about how a child is looked after beyond the child's own record: physical interventions
 * (restraint), stays in secure care and permanent plans, each its own aggregate. A child's stays in
 * secure care never overlap: the admissions of one child are decided under the child's lock,
 * reading the look-up of stays ({@link SecureStaysInStore}). What these records need of the child's
 * own record is read from its events ({@link ChildRecords}).
 */
package scot.together.command.care;
