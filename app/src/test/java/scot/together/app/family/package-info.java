/**
 * Brothers and sisters through the HTTP API: the separation rule and the Head of Service's
 * decision, separations that name who lives apart from whom, and the reunification finder. Also two
 * simultaneous moves that would part two brothers (exactly one may succeed, on one process or two),
 * what the child's page lists as in force, and togetherness over a council's history checked
 * against a plain model kept by the test.
 */
package scot.together.app.family;
