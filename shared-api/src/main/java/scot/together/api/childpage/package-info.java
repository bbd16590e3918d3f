/**
 * What the child's page lists as in force for a child today (brothers and sisters, family time
 * plans, separations, stays in secure care and permanent plans), each with the id the commands that
 * change it need.
 */
package scot.together.api.childpage;
