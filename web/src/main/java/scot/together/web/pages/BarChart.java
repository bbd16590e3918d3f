package scot.together.web.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG (no script): the geometry of each bar and its label.
 * The page shows the same figures as a table for people who would rather read, or cannot see.
 */
public record BarChart(String id, String title, String description, String unit, List<Bar> bars, int width,
                       int height, List<Tick> ticks) {

    static final int LEFT = 48;
    static final int TOP = 16;
    static final int BOTTOM = 48;
    static final int PLOT_HEIGHT = 200;
    static final int SLOT = 64;

    public record Bar(String label, String value, double x, double y, double width, double height, double labelX) {
    }

    public record Tick(String label, double y) {
    }

    public record Point(String label, BigDecimal value) {
    }

    /** Bars from zero to each value; the scale's top is the largest value (100 for percentages at most). */
    public static BarChart of(String id, String title, String description, String unit, List<Point> points) {
        double top = points.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(0);
        // counts step in whole numbers (no quarter of a child): as many ticks as fit, at most four
        int steps = 4;
        if (unit.equals("percent")) {
            top = Math.max(10, Math.min(100, Math.ceil(top / 10) * 10));
        } else {
            steps = (int) Math.min(4, Math.max(1, Math.ceil(top)));
            top = steps * Math.ceil(Math.max(1, top) / steps);
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double h = PLOT_HEIGHT * point.value().doubleValue() / top;
            double x = LEFT + i * SLOT + 8;
            bars.add(new Bar(point.label(), format(point.value(), unit), x, TOP + PLOT_HEIGHT - h, SLOT - 16, h,
                    x + (SLOT - 16) / 2.0));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double value = top * i / steps;
            ticks.add(new Tick(format(BigDecimal.valueOf(value).stripTrailingZeros(), unit),
                    TOP + PLOT_HEIGHT - PLOT_HEIGHT * i / (double) steps));
        }
        return new BarChart(id, title, description, unit, bars, LEFT + Math.max(1, points.size()) * SLOT + 8,
                TOP + PLOT_HEIGHT + BOTTOM, ticks);
    }

    public double baseline() {
        return TOP + PLOT_HEIGHT;
    }

    public double labelY() {
        return TOP + PLOT_HEIGHT + 18;
    }

    static String format(BigDecimal value, String unit) {
        String number = value.scale() > 0 && value.stripTrailingZeros().scale() > 0
                ? value.stripTrailingZeros().toPlainString() : value.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        return unit.equals("percent") ? number + "%" : number;
    }
}
