package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.reports.LocalCareFigures;
import scot.together.api.reports.LocalCareReport;
import scot.together.api.reports.MovesFigures;
import scot.together.api.reports.MovesReport;
import scot.together.web.problems.InvalidRequest;
import scot.together.api.Role;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "The board's measures, on the dates things happened; add format=csv for a download")
public class ReportsController {

    private final Queries queries;

    public ReportsController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/moves")
    @Operation(summary = "Moves of home among children looked after in a period (both days included)")
    public ResponseEntity<?> moves(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(required = false) String format) {
        Period.check(from, to);
        return Csv.orJson(queries.one(new MovesReport(from, to), MovesFigures.class, Role.REPORT_READERS), format,
                "moves-" + from + "-to-" + to);
    }

    @GetMapping("/local-care")
    @Operation(summary = "Children looked after away from home who live within the council's area, as at a date")
    public ResponseEntity<?> localCare(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                                       @RequestParam(required = false) String format) {
        return Csv.orJson(queries.one(new LocalCareReport(asAt), LocalCareFigures.class, Role.REPORT_READERS),
                format, "local-care-" + asAt);
    }

    /** A period's checks, shared by every report over a period. */
    public static final class Period {
        private Period() {
        }

        public static void check(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                throw new InvalidRequest("The period must end on or after it begins: 'to' (" + to
                        + ") is before 'from' (" + from + ").");
            }
        }
    }
}
