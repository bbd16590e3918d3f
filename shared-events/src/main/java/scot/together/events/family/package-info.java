/**
 * Events of brothers and sisters: the relationship recorded and ended, and family time planned,
 * recorded and ended. Separations: requested with their assessment and the children's views, the
 * pairs who would live apart and the move asked for, then approved or refused by the Head of
 * Service, reviewed and ended.
 */
package scot.together.events.family;
