package scot.together.web.api;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import scot.together.api.Tabular;

/** A report as JSON, or as CSV when {@code format=csv}. */
public final class Csv {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private Csv() {
    }

    public static ResponseEntity<?> orJson(Tabular report, String format, String fileName) {
        if (!asCsv(format)) {
            return ResponseEntity.ok(report);
        }
        StringBuilder csv = new StringBuilder();
        line(csv, report.headings());
        report.rows().forEach(row -> line(csv, row));
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".csv\"")
                .body(csv.toString());
    }

    /**
     * Whether the format asks for CSV; 400 when it is neither json nor csv. Ask it before the query
     * when the query is a look at a child's record: a refused request is no look.
     */
    public static boolean asCsv(String format) {
        if (format == null || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (!format.equalsIgnoreCase("csv")) {
            throw new scot.together.web.problems.InvalidRequest("format must be json or csv.");
        }
        return true;
    }

    private static void line(StringBuilder csv, List<?> cells) {
        csv.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // a cell that a spreadsheet would run as a formula is quoted and disarmed
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
