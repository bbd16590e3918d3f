/**
 * School exclusions of care-experienced pupils ({@link Exclusion}). A formal exclusion happens only
 * once a Head of Education and a Head of Children and Families Social Work have each approved it,
 * two different people, neither of them the proposer; a refusal by either ends it. An informal
 * exclusion (sent home, part-time timetable) is recorded as it happened and needs no approval.
 */
package scot.together.command.exclusion;
