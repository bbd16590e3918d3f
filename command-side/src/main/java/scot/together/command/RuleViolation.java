package scot.together.command;

import scot.together.api.Refusal;
import scot.together.api.RefusalCode;

/** A rule of the service refuses the command; nothing is recorded. */
public class RuleViolation extends RuntimeException {

    private final RefusalCode code;
    private final String field;

    public RuleViolation(RefusalCode code, String detail) {
        this(code, detail, null);
    }

    private RuleViolation(RefusalCode code, String detail, String field) {
        super(detail);
        this.code = code;
        this.field = field;
    }

    /** The same refusal, about the command's field of that name (of a command with several it could be about). */
    public RuleViolation at(String field) {
        return new RuleViolation(code, getMessage(), field);
    }

    /** Runs the rules about one field of the command: what they refuse, they refuse at that field. */
    public static void at(String field, Runnable rules) {
        try {
            rules.run();
        } catch (RuleViolation violation) {
            throw violation.at(field);
        }
    }

    public RefusalCode code() {
        return code;
    }

    public Refusal refusal() {
        return new Refusal(code, getMessage(), field);
    }

    public static RuleViolation validation(String detail) {
        return new RuleViolation(RefusalCode.VALIDATION, detail);
    }

    public static RuleViolation notFound(String detail) {
        return new RuleViolation(RefusalCode.NOT_FOUND, detail);
    }
}
