/**
 * Tests of Together as a whole, mostly through its HTTP API against a fresh service on its own
 * embedded PostgreSQL: what the API promises every caller, what text a command may carry, hostile
 * requests, the board's moves and local-care figures worked out by hand, crash recovery, the
 * database roles, where the record is kept, and no child's personal data in the logs. The read
 * models are tested here too: events committed out of order, parked events, rebuilds that equal
 * live updating and never show partial figures, and sign-in that waits for the accounts read model
 * alone. The helpers the tests share are in {@code scot.together.app.support}.
 */
package scot.together.app;
