package scot.together.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import scot.together.api.RefusalCode;

/** Matches a {@link RuleViolation} with the given code, for the fixtures' {@code expectException}. */
public final class Refused extends TypeSafeMatcher<RuleViolation> {

    private final RefusalCode code;

    private Refused(RefusalCode code) {
        this.code = code;
    }

    public static Matcher<RuleViolation> with(RefusalCode code) {
        return new Refused(code);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation) {
        return code == violation.code() && violation.getMessage() != null && !violation.getMessage().isBlank();
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal with code " + code + " and a plain-words detail");
    }

    @Override
    protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
        mismatch.appendText("was refused with " + violation.code() + ": " + violation.getMessage());
    }
}
