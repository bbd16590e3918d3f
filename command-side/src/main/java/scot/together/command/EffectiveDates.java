package scot.together.command;

import java.time.Clock;
import java.time.LocalDate;

/** Rules every effective date obeys, whatever it records. */
public final class EffectiveDates {

    public static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";

    private EffectiveDates() {
    }

    /** Things are recorded once they have happened: an effective date is never after today. */
    public static void notInFuture(LocalDate date, String what, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new RuleViolation(DATE_IN_FUTURE,
                    what + " (" + date + ") is in the future; record it on or after the day it happens.");
        }
    }
}
