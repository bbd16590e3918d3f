/**
 * The read model of school exclusions and each head's decision that stands, with the list of
 * exclusions, the board's exclusion report, and plain words for exclusions. An exclusion's status
 * is worked out when it is read, and one marked in error counts nowhere.
 */
package scot.together.query.exclusion;
