package scot.together.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A read model's table that only ever gains rows (the audit's), written set-based: any number of
 * rows in one statement, each column sent as one array ({@link ProjectionWrites#append}). In a
 * replay a batch's rows thus cost one statement a table rather than one or more an event.
 *
 * @param name     the table
 * @param conflict what a row already there is known by, e.g. {@code (event_id)}; empty: any unique index
 * @param columns  each column with its type, e.g. {@code event_id varchar}
 */
public record AppendOnlyTable(String name, String conflict, List<String> columns) {

    public static AppendOnlyTable of(String name, String conflict, String... columnsWithTypes) {
        return new AppendOnlyTable(name, conflict, List.of(columnsWithTypes));
    }

    /** Inserts the rows given as one text array a column; a row there already is left as it is. */
    String insert() {
        List<String[]> nameAndType = columns.stream().map(c -> c.strip().split("\\s+", 2)).toList();
        String names = nameAndType.stream().map(c -> c[0]).collect(Collectors.joining(", "));
        return "INSERT INTO " + name + " (" + names + ") SELECT "
                + nameAndType.stream().map(c -> "r." + c[0] + "::" + c[1]).collect(Collectors.joining(", "))
                + " FROM unnest(" + String.join(", ", Collections.nCopies(columns.size(), "?::text[]"))
                + ") AS r (" + names + ") ON CONFLICT " + conflict + " DO NOTHING";
    }

    /** The rows as one array a column, each value as the text PostgreSQL reads it from. */
    Object[] asColumns(List<Object[]> rows) {
        for (Object[] given : rows) {
            if (given.length != columns.size()) {
                throw new IllegalArgumentException("A row for " + name + " has " + given.length
                        + " values for its " + columns.size() + " columns: " + Arrays.toString(columns.toArray()));
            }
        }
        Object[] arrays = new Object[columns.size()];
        for (int column = 0; column < columns.size(); column++) {
            String[] values = new String[rows.size()];
            for (int row = 0; row < rows.size(); row++) {
                values[row] = PreparedOnServer.asText(rows.get(row)[column]);
            }
            arrays[column] = values;
        }
        return arrays;
    }
}
