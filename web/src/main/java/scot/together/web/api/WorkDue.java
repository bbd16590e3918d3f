package scot.together.web.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.security.core.context.SecurityContextHolder;
import scot.together.api.caseload.Due;
import scot.together.api.caseload.DueKind;
import scot.together.api.caseload.WhatIsDue;
import scot.together.web.security.Actor;
import scot.together.api.Role;

/**
 * What is due for the signed-in person, for the API, their home page and the navigation's
 * count alike: the work due for the children on their caseload (social workers and the Head of
 * Service), and the decisions and reviews their role settles for every child (the Head of
 * Service's separations, the heads' exclusions).
 */
@Component
public class WorkDue {

    private final Queries queries;
    private final Actor actor;

    public WorkDue(Queries queries, Actor actor) {
        this.queries = queries;
        this.actor = actor;
    }

    /** Whether the person has work that can fall due at all. */
    public boolean applies() {
        return actor.holds(Role.SOCIAL_WORKER) || actor.holds(Role.HEAD_OF_SERVICE)
                || actor.holds(Role.HEAD_OF_EDUCATION) || actor.holds(Role.HEAD_OF_CF_SOCIAL_WORK);
    }

    public List<Due> forMe() {
        if (!applies()) {
            return List.of();
        }
        boolean caseload = actor.holds(Role.SOCIAL_WORKER) || actor.holds(Role.HEAD_OF_SERVICE);
        Set<DueKind> everyChild = EnumSet.noneOf(DueKind.class);
        if (actor.holds(Role.HEAD_OF_SERVICE)) {
            everyChild.add(DueKind.SEPARATION_DECISION);
            everyChild.add(DueKind.SEPARATION_REVIEW);
        }
        if (actor.holds(Role.HEAD_OF_EDUCATION) || actor.holds(Role.HEAD_OF_CF_SOCIAL_WORK)) {
            everyChild.add(DueKind.EXCLUSION_DECISION);
        }
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        return queries.list(new WhatIsDue(caseload ? me : null, everyChild), Due.class, Role.CASEWORK);
    }
}
