/**
 * The web: the HTTP API, the pages, the answers to what goes wrong and sign-in, each in its own
 * package, speaking to the other sides only through Axon's command and query gateways.
 * {@link ReadyHealth} reports the service healthy only once start-up has finished.
 */
package scot.together.web;
