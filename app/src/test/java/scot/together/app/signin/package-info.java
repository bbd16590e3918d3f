/** Sign-in from outside: throttling and locks, OIDC, headers and cookies, what a refused request leaves behind, forms per role. */
package scot.together.app.signin;
