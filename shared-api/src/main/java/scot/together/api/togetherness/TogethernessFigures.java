package scot.together.api.togetherness;

import java.time.LocalDate;
import java.util.List;
import scot.together.api.Percentage;
import scot.together.api.Tabular;

/**
 * Of the children accommodated on the date who have a brother or sister also accommodated:
 * how many live with all, some or none of them; and the groups of brothers and sisters.
 */
public record TogethernessFigures(LocalDate asAt, long children, Percentage livingWithAll, Percentage livingWithSome,
                                  Percentage livingWithNone, Groups groups) implements Tabular {

    public record Groups(long count, long allTogether, long partlyTogether, long allApart) {
    }

    public static List<String> columns() {
        return List.of("As at", "Children with a brother or sister also looked after away from home",
                "Living with all their brothers and sisters", "Percent living with all",
                "Living with some of their brothers and sisters", "Percent living with some",
                "Living with none of their brothers and sisters", "Percent living with none",
                "Groups of brothers and sisters", "Groups all together", "Groups partly together",
                "Groups all apart");
    }

    public List<Object> row() {
        return List.of(asAt, children, livingWithAll.count(), livingWithAll.percent(), livingWithSome.count(),
                livingWithSome.percent(), livingWithNone.count(), livingWithNone.percent(), groups.count(),
                groups.allTogether(), groups.partlyTogether(), groups.allApart());
    }

    @Override
    public List<String> headings() {
        return columns();
    }

    @Override
    public List<List<Object>> rows() {
        return List.of(row());
    }
}
