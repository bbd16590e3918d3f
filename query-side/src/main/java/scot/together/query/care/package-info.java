/**
 * The read model of physical interventions (restraint), stays in secure care and permanent plans,
 * on the dates they happened, with the board's reports on restraint and secure care over a period
 * and on permanence within six months as at a date. Also plain words for these records, leaving out
 * free text for pseudonymised readers.
 */
package scot.together.query.care;
