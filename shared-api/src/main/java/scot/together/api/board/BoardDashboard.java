package scot.together.api.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The board's page: every measure for the period (or as at the date) beside the council's
 * target.
 */
public record BoardDashboard(LocalDate from, LocalDate to, LocalDate asAt, List<Measure> measures) {

    /**
     * {@code value} is the measure (a percentage where {@code unit} is "percent", else a count);
     * {@code target} null where the council set none; {@code onTarget} null without a target.
     * {@code targetIs} says whether the value should be AT_MOST or AT_LEAST the target.
     * {@code figures} is the full report behind it.
     */
    public record Measure(String key, String title, BigDecimal value, String unit, BigDecimal target,
                          String targetIs, Boolean onTarget, Object figures) {
    }
}
