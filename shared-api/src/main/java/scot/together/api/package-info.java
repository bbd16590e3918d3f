/**
 * What the commands and queries of every kind of record share: the roles, who sends a command and
 * in which role ({@link RecordedBy}), why a command was refused ({@link Refusal}, with a stable
 * {@link RefusalCode}), the span of dates Together speaks of, percentages rounded as the board's
 * reports are, and answers that can also be downloaded as CSV ({@link Tabular}).
 */
package scot.together.api;
