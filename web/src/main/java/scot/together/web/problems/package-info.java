/**
 * How the web answers what goes wrong: under {@code /api} every error is an RFC 9457 problem with a
 * stable code in plain words, whether Spring MVC, the error page, Spring Security's firewall or
 * Tomcat noticed it, and never a stack trace. A part of Together that is out of reach for now is
 * answered 503 with Retry-After.
 */
package scot.together.web.problems;
