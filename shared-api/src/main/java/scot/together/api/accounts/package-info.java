/**
 * Commands and queries about user accounts: opening one with its roles, setting and erasing its
 * password (the command carries only the hash), finding an account's roles, and the password hash a
 * sign-in is checked against, which the command side answers from its credentials table.
 */
package scot.together.api.accounts;
