package scot.together.api.audit;

import java.util.Map;
import java.util.UUID;
import scot.together.api.text.MultiLineText;
import scot.together.api.text.PlainText;

/**
 * Marks an earlier event as recorded in error; {@code correctionId} is the new correction's
 * own id. The record that holds the event decides (see the command side's corrections).
 */
public record MarkRecordInError(UUID correctionId, @PlainText String eventId, @MultiLineText String reason) {

    /**
     * The kinds of record (events' simple names) that are never marked in error, and why: the
     * command side refuses them (NOT_CORRECTABLE) and the pages do not offer them.
     */
    public static final Map<String, String> NEVER_MARKED = Map.of(
            "RecordMarkedInError", "A correction cannot itself be marked in error; record the right facts instead.",
            // it only follows from the two heads' approvals, which decide the exclusion's status
            "ExclusionApproved", "That both heads approved follows from their two approvals; mark the approval"
                    + " that was given in error instead.",
            // everything recorded about a child or a home refers to its registration
            "ChildRegistered", "A child's registration stays; mark in error what was recorded about the child.",
            "HomeRegistered", "A home's registration stays: the moves of children refer to it.",
            // without it the request would cover every pair of its children, a wider request than was made
            "SeparationPairsNamed", "Which children would live apart is part of the request; mark the request in"
                    + " error instead.");
}
