/**
 * Passwords and accounts: a password is kept only as a hash in the command side's credentials
 * table, which an administrator changes and erases, and never in an event or a read model.
 */
package scot.together.app.accounts;
