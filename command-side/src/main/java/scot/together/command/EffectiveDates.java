package scot.together.command;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import scot.together.api.RecordedDates;
import scot.together.api.RefusalCode;

/**
 * Rules every date of every command obeys, whatever it records, checked here once for the API
 * and the pages alike: nothing before 1 January 1900, nothing that happened in the future,
 * nothing planned further ahead than the planning horizon, nothing about a child before birth.
 */
public final class EffectiveDates {

    public static final LocalDate EARLIEST = RecordedDates.EARLIEST;
    /** How far ahead a review, family time or an exclusion may be planned. */
    public static final Period PLANNING_HORIZON = Period.ofYears(2);

    private EffectiveDates() {
    }

    /** Something that happened: recorded once it has happened, so never after today. */
    public static void happened(LocalDate date, String what, Clock clock) {
        notTooEarly(date, what);
        if (date.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation(RefusalCode.DATE_IN_FUTURE, what + " (" + RecordedDates.inWords(date)
                    + ") is in the future; record it on or after the day it happens.");
        }
    }

    /** Something planned: it may lie ahead, at most the planning horizon from today. */
    public static void planned(LocalDate date, String what, Clock clock) {
        notTooEarly(date, what);
        LocalDate latest = LocalDate.now(clock).plus(PLANNING_HORIZON);
        if (date.isAfter(latest)) {
            throw new RuleViolation(RefusalCode.DATE_TOO_FAR_AHEAD, what + " (" + RecordedDates.inWords(date)
                    + ") is more than two years ahead; plan it no later than " + RecordedDates.inWords(latest) + ".");
        }
    }

    /** Nothing about a child happens before the child was born. */
    public static void notBeforeBirth(LocalDate date, LocalDate born, String what) {
        if (date.isBefore(born)) {
            throw new RuleViolation(RefusalCode.DATE_BEFORE_BIRTH,
                    what + " (" + RecordedDates.inWords(date) + ") cannot be before the child's date of birth.");
        }
    }

    private static void notTooEarly(LocalDate date, String what) {
        if (date.isBefore(EARLIEST)) {
            throw new RuleViolation(RefusalCode.DATE_TOO_EARLY, what + " (" + RecordedDates.inWords(date)
                    + ") is before 1 January 1900; check the year.");
        }
    }
}
