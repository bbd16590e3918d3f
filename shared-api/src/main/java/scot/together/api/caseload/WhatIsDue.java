package scot.together.api.caseload;

import java.util.Set;

/**
 * What is due for the children on the worker's caseload (none when worker is null), and besides
 * the kinds of due work {@code forEveryChild} for every child (a Head of Service's decisions and
 * reviews, the heads' exclusions). Answers a list of {@link Due}, soonest first.
 */
public record WhatIsDue(String worker, Set<DueKind> forEveryChild) {
}
