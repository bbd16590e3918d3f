/**
 * Brothers and sisters on the command side: their relationships, separations agreed by the Head of
 * Service, family time plans, and brothers and sisters moving to one home on the same day.
 * {@link SeparationRule} refuses a move that would leave a child living apart from a brother or
 * sister without an approved separation; it reads the family look-ups ({@link FamilyLookups}), kept
 * in the same transaction as the events, under locks on the children concerned.
 */
package scot.together.command.family;
