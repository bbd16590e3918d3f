/**
 * The HTTP API under {@code /api}: a controller for each kind of record and report, sending
 * commands as the signed-in person ({@link Commands}) and asking the query side ({@link Queries}).
 * Also reports as JSON or CSV, strict reading of request bodies, the dates a query may ask about,
 * what is due for the signed-in person, and the OpenAPI description.
 */
package scot.together.web.api;
