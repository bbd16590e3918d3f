package scot.together.command;

import scot.together.api.Refusal;

/** A rule of the service refuses the command; nothing is recorded. */
public class RuleViolation extends RuntimeException {

    private final String code;

    public RuleViolation(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Refusal refusal() {
        return new Refusal(code, getMessage());
    }

    public static RuleViolation validation(String detail) {
        return new RuleViolation(Refusal.VALIDATION, detail);
    }

    public static RuleViolation notFound(String detail) {
        return new RuleViolation(Refusal.NOT_FOUND, detail);
    }
}
