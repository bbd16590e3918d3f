/**
 * School exclusions of care-experienced pupils: proposing a formal one, each head's approval or
 * refusal, recording an informal one, the list of exclusions, and the board's exclusion report for
 * a period.
 */
package scot.together.api.exclusions;
