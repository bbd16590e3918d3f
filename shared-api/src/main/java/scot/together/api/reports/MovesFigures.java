package scot.together.api.reports;

import java.time.LocalDate;
import java.util.List;
import scot.together.api.Percentage;
import scot.together.api.Tabular;

public record MovesFigures(LocalDate from, LocalDate to, long childrenLookedAfter, Percentage oneOrMoreMoves,
                           Percentage threeOrMoreMoves, long unplannedEndings) implements Tabular {
    @Override
    public List<String> headings() {
        return List.of("From", "To", "Children looked after", "Children with 1 or more moves",
                "Percent with 1 or more moves", "Children with 3 or more moves", "Percent with 3 or more moves",
                "Homes that ended unplanned");
    }

    @Override
    public List<List<Object>> rows() {
        return List.of(List.of(from, to, childrenLookedAfter, oneOrMoreMoves.count(), oneOrMoreMoves.percent(),
                threeOrMoreMoves.count(), threeOrMoreMoves.percent(), unplannedEndings));
    }
}
