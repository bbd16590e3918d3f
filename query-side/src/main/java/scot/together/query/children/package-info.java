/**
 * The read model of children: their episodes, categories of care and homes as date ranges, which
 * the child's page and the moves and local-care reports read. Its queries give a child's record as
 * of today and what is in force for them, find children by name and date of birth, list a child's
 * episodes with their homes, and list the homes a child may move to.
 */
package scot.together.query.children;
