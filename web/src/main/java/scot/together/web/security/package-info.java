/**
 * Sign-in and who may do what: HTTP Basic or an OIDC bearer token on the API, a sign-in form with a
 * session for the pages, and passwords checked against the hash the command side keeps. Repeated
 * failed sign-ins slow down, then lock the name or address for a while. {@link CommandRoles} says
 * which roles may send each command, and {@link Actor} is the signed-in person everything recorded
 * names.
 */
package scot.together.web.security;
