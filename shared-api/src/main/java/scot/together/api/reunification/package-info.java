/**
 * The reunification finder: groups of brothers and sisters living apart on a date, and the
 * homes that could take them together.
 */
package scot.together.api.reunification;
