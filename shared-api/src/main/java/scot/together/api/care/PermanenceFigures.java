package scot.together.api.care;

import java.time.LocalDate;
import java.util.List;
import scot.together.api.Percentage;
import scot.together.api.Tabular;

public record PermanenceFigures(LocalDate asAt, long children, Percentage withPlanWithinSixMonths) implements Tabular {
    @Override
    public List<String> headings() {
        return List.of("As at", "Children looked after for six months or more",
                "With a permanent plan within six months", "Percent with a permanent plan within six months");
    }

    @Override
    public List<List<Object>> rows() {
        return List.of(List.of(asAt, children, withPlanWithinSixMonths.count(), withPlanWithinSixMonths.percent()));
    }
}
