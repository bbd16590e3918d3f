package scot.together.api;

/**
 * Why the service refused a command, carried back to whoever sent it (across processes too,
 * as the details of Axon's CommandExecutionException). {@code code} is stable and
 * machine-readable (one of {@link RefusalCode}); {@code detail} is in plain words for the person;
 * {@code field} (null when the rule does not say) names the field of the command the refusal is
 * about, as the API's JSON names it ({@code assessment.completedOn}), where a command has several
 * that could be (a form's two dates), so a form shows the refusal at that field.
 */
public record Refusal(RefusalCode code, String detail, String field) {

    public Refusal(RefusalCode code, String detail) {
        this(code, detail, null);
    }
}
