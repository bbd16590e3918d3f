/**
 * Accounts on the query side: who has an account and in which roles, for the web's sign-in (no
 * password hash: only the command side keeps those), and plain words for accounts in the audit
 * history. Also the one-off removal of the password hashes that earlier versions copied into the
 * read models.
 */
package scot.together.query.accounts;
