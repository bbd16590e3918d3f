/**
 * What every Together process shares: events, metadata and tokens stored as readable JSON, the
 * council's clock, where the event and token tables live, and the upcaster that drops the password
 * hash old {@code UserAccountCreated} events hold. It also sets up the database: Together's own
 * embedded PostgreSQL or a council's own, each side's schema migrated by Flyway, and the two roles
 * the service uses, the owner and a runtime role that may only add events and read them.
 * {@link CareTimeline} keeps a child's category of care and homes as date ranges, for the command
 * side's look-ups and the query side's read models alike.
 */
package scot.together.platform;
