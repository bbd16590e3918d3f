/**
 * Brothers-and-sisters togetherness: of the children accommodated on a date who have a brother or
 * sister also accommodated, how many live with all, some or none of them. Asked as at a date, or
 * month by month as a trend.
 */
package scot.together.api.togetherness;
