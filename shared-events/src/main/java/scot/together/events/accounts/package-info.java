/**
 * Events of user accounts: an account opened with its roles, and its password set or erased. No new
 * event holds a password or its hash; the old {@link UserAccountCreated}, which did, is read only
 * as a {@link UserAccountOpened}, with the hash dropped.
 */
package scot.together.events.accounts;
