/**
 * Events of how a child is looked after beyond their home: physical interventions (restraint) and
 * where they happened, admissions to and discharges from secure care, and permanent plans agreed.
 */
package scot.together.events.care;
