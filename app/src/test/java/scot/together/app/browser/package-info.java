/**
 * Journeys through Together's pages in a headless Chromium (Debian's own, with its chromedriver),
 * every page checked by axe-core for serious or critical accessibility problems; skipped without
 * Chromium. Social workers record children, moves, brothers and sisters, family time, separations,
 * exclusions and corrections; the Head of Service and the heads decide in their inboxes; the board
 * sees its dashboard; the administrator looks after the read models. {@link Browser} holds the
 * steps a person takes, and {@link BrowserTest} starts a fresh Together for each test class.
 */
package scot.together.app.browser;
