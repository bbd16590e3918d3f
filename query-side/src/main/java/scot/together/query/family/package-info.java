/**
 * The read model of brothers and sisters, separations and family time, and what is answered from
 * it: togetherness as at a date and its trend, the register of separations, family time planned
 * against what happened, and the reunification finder. Also plain words for these records in a
 * child's history.
 */
package scot.together.query.family;
