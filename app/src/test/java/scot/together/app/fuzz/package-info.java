/**
 * The fuzz test of issue 10: thousands of generated requests, hostile and valid, from a fixed
 * seed, against every operation the running service documents and every form its pages show,
 * as every role and anonymous; it fails on a 5xx, a refusal under /api that is not a problem
 * with a code, anything recorded by a refused request, and a board answer that names a child.
 */
package scot.together.app.fuzz;
