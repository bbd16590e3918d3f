/**
 * Together as three separate processes connected through Axon Server, each started from the same
 * {@code together.jar}: the command side ({@link CommandSideProcess}), as many query sides as the
 * reads need ({@link QuerySideProcess}), which share each read model's segments fairly between them
 * ({@link SharedSegments}), and the web ({@link WebProcess}), which has no database. Also what
 * every process does before Spring starts ({@link Processes}), and a wait until Axon Server has
 * taken this process's handlers, so that a start-up runner's own commands are not answered "no
 * handler" ({@link AxonServerReady}).
 */
package scot.together.app.processes;
