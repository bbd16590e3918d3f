/**
 * The benchmark: a long generated history written straight into a PostgreSQL event store, copied
 * many times from stories recorded once by the real aggregates ({@link Stories}, {@link History}).
 * On it, one run times reading every event, rebuilding the read models and the command side's
 * look-ups, recording a move against a bare Axon command ({@link Tally}), the board's reports, and,
 * through HTTP, write latency, start-up time and memory. See {@link TogetherBench}.
 */
package scot.together.bench;
