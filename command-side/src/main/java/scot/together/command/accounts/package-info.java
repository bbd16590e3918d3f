/**
 * User accounts on the command side: {@link UserAccount}, someone who may sign in, and the
 * usernames in use ({@link UsernamesTaken}). Password hashes are kept only in the credentials table
 * ({@link Credentials}), never in an event. Also the demo profile's users, and the administrator's
 * password given at start when no administrator can sign in.
 */
package scot.together.command.accounts;
