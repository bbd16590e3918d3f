/**
 * Together in one process: {@link TogetherApplication} starts the command side, the query side and
 * the web together, by default on an embedded PostgreSQL. The three separate processes, which speak
 * to each other through Axon Server, are in {@code scot.together.app.processes}.
 */
package scot.together.app;
