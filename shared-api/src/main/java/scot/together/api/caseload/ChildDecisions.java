package scot.together.api.caseload;

import java.util.UUID;

/** The decisions and happenings around a child for their page; answers a {@link ChildDecisionsView}. */
public record ChildDecisions(UUID childId) {
}
