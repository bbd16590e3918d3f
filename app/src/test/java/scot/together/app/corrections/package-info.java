/**
 * Corrections checked against an oracle: random council histories with records marked in error,
 * recorded through the HTTP contract, and every rule answer, page and report compared with a
 * plain model of the events that still stand ({@link scot.together.app.corrections.CouncilModel}).
 */
package scot.together.app.corrections;
