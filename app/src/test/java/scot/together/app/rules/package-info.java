/**
 * The edges of the service's rules through HTTP (secure care, subject access, the two heads,
 * decisions in error, the register of separations), and the look-ups the separation rule reads,
 * which catch up with any event they missed before the next command is decided.
 */
package scot.together.app.rules;
