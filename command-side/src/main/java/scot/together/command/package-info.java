/**
 * The command side, where commands are decided and events recorded: its configuration (its schemas
 * and the look-ups that must agree with the events when a command is decided), the rules every date
 * of every command obeys ({@link EffectiveDates}), and {@link RuleViolation}, a rule's refusal of a
 * command, after which nothing is recorded. Each kind of record has its own package below.
 */
package scot.together.command;
