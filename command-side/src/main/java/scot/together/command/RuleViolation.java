package scot.together.command;

import scot.together.api.Refusal;
import scot.together.api.RefusalCode;

/** A rule of the service refuses the command; nothing is recorded. */
public class RuleViolation extends RuntimeException {

    private final RefusalCode code;

    public RuleViolation(RefusalCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public RefusalCode code() {
        return code;
    }

    public Refusal refusal() {
        return new Refusal(code, getMessage());
    }

    public static RuleViolation validation(String detail) {
        return new RuleViolation(RefusalCode.VALIDATION, detail);
    }

    public static RuleViolation notFound(String detail) {
        return new RuleViolation(RefusalCode.NOT_FOUND, detail);
    }
}
