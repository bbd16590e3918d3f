/**
 * Commands, queries and reports about brothers and sisters: recording and ending the relationship,
 * and moving brothers and sisters to one home together. Separations, requested by a social worker,
 * approved or refused by the Head of Service, reviewed and ended, with the register of separations
 * as at a date. Family time planned and recorded, with the family time report.
 */
package scot.together.api.family;
