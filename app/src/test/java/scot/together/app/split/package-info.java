/**
 * The split deployment of {@code deploy/}, proven on a real Axon Server: a command side, two
 * query sides and a web process, each a JVM started from the built {@code together.jar}, with
 * one PostgreSQL and the test build of Axon Server from {@code ../shared/axonserver/}. Run by
 * maven-failsafe after the jar is packaged ({@code *IT}); skipped when that Axon Server is absent.
 */
package scot.together.app.split;
