package scot.together.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void drawsEachBarInProportionToTheLargestCountOnAScaleFromZero() {
        BarChart chart = BarChart.of("c", "Moves", "Moves by month", "count", List.of(
                new BarChart.Point("Aug 25", BigDecimal.valueOf(2)), new BarChart.Point("Sep 25", BigDecimal.valueOf(4)),
                new BarChart.Point("Oct 25", BigDecimal.ZERO)));
        // scale top 4: a bar of 4 is the plot's full 200 px, a bar of 2 half of it
        assertThat(chart.bars()).extracting(BarChart.Bar::height).containsExactly(100.0, 200.0, 0.0);
        assertThat(chart.bars()).extracting(BarChart.Bar::y).containsExactly(116.0, 16.0, 216.0);
        assertThat(chart.bars()).extracting(BarChart.Bar::value).containsExactly("2", "4", "0");
        assertThat(chart.ticks()).extracting(BarChart.Tick::label).containsExactly("0", "1", "2", "3", "4");
        assertThat(chart.width()).isEqualTo(48 + 3 * 64 + 8);
    }

    @Test
    void percentagesRoundTheScaleUpToTheNextTenAndKeepOneDecimal() {
        BarChart chart = BarChart.of("p", "Together", "Living with all", "percent", List.of(
                new BarChart.Point("Jul 25", new BigDecimal("55.5")), new BarChart.Point("Aug 25", new BigDecimal("60.0"))));
        assertThat(chart.ticks()).extracting(BarChart.Tick::label).containsExactly("0%", "15%", "30%", "45%", "60%");
        assertThat(chart.bars()).extracting(BarChart.Bar::value).containsExactly("55.5%", "60%");
        assertThat(chart.bars().get(0).height()).isEqualTo(200 * 55.5 / 60);
    }
}
