package scot.together.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A count and its share of a whole, rounded to one decimal as the board's reports are. */
public record Percentage(long count, BigDecimal percent) {

    public static Percentage of(long count, long whole) {
        BigDecimal percent = whole == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return new Percentage(count, percent);
    }
}
