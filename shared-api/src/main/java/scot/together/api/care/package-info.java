/**
 * Commands and reports about how a child is looked after beyond their home: physical interventions
 * (restraint), admission to and discharge from secure care, and permanent plans. The reports give
 * restraint and secure care in a period, and permanence within six months as at a date.
 */
package scot.together.api.care;
