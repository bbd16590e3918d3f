/**
 * A child's own record ({@link Child}): who they are, their looked-after episodes, who they are
 * allocated to and where they live, with the rules that need nothing but the child's own history. A
 * move to a home goes through {@link Placements}, which also checks the {@link PlacementRule}s that
 * depend on other records (brothers and sisters). Registering and allocating a child read the
 * workers and children already on record ({@link PeopleOnRecord}).
 */
package scot.together.command.child;
