/**
 * What the tests share: {@link RunningTogether} runs the whole service as {@code java -jar} does,
 * on its own embedded PostgreSQL, and {@link TogetherTest} starts one for a test class; {@link Api}
 * and {@link Response} speak to it over HTTP as the demo users. {@link CouncilStory} records a
 * council's story through the API, and {@link PoisonEvents} writes events no command could record
 * straight into the event store.
 */
package scot.together.app.support;
