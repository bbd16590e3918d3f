package scot.together.api.reports;

import java.time.LocalDate;
import java.util.List;
import scot.together.api.Percentage;
import scot.together.api.Tabular;

public record LocalCareFigures(LocalDate asAt, long accommodated, Percentage withinAuthority) implements Tabular {
    @Override
    public List<String> headings() {
        return List.of("As at", "Children looked after away from home", "Living within the council's area",
                "Percent living within the council's area");
    }

    @Override
    public List<List<Object>> rows() {
        return List.of(List.of(asAt, accommodated, withinAuthority.count(), withinAuthority.percent()));
    }
}
