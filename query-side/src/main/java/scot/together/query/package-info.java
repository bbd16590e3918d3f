/**
 * The query side, where read models are built from the events and queries are answered from them:
 * its configuration (its schema, and read models built by pooled streaming processors, each of
 * which parks an event it cannot take in and goes on with the others). Each read model and its
 * queries have a package below.
 */
package scot.together.query;
