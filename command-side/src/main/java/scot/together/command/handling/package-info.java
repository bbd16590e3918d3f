/**
 * What happens to every command around its handler: it is checked against the constraints in
 * shared-api before any handler sees it ({@link CommandValidation}); sent again with the same
 * Idempotency-Key, it returns its first answer and records nothing new ({@link Idempotency}); and a
 * refusal is turned into a {@code Refusal} that reaches whoever sent it, in one process or across
 * Axon Server ({@link Refusals}).
 */
package scot.together.command.handling;
