package scot.together.api.togetherness;

import java.util.List;
import scot.together.api.Tabular;

public record TogethernessTrendFigures(List<TogethernessFigures> points) implements Tabular {

    @Override
    public List<String> headings() {
        return TogethernessFigures.columns();
    }

    @Override
    public List<List<Object>> rows() {
        return points.stream().map(TogethernessFigures::row).toList();
    }
}
