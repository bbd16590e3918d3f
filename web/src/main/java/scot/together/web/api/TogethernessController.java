package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.togetherness.TogethernessFigures;
import scot.together.api.togetherness.TogethernessReport;
import scot.together.api.togetherness.TogethernessTrend;
import scot.together.api.togetherness.TogethernessTrendFigures;
import scot.together.web.problems.InvalidRequest;
import scot.together.api.Role;

@RestController
@RequestMapping("/api/reports/togetherness")
@Tag(name = "Reports")
public class TogethernessController {

    /** A trend of up to fifty years of month ends is plenty, and keeps one request cheap. */
    private static final long MOST_MONTHS = 600;

    private final Queries queries;

    public TogethernessController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Brothers and sisters living together, as at a date",
            description = "Of the children looked after away from home on the date who have a brother or sister"
                    + " also looked after away from home: how many live with all, some or none of them; and the"
                    + " groups of brothers and sisters (all together, partly together, all apart).")
    public ResponseEntity<?> asAt(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                                  @RequestParam(required = false) String format) {
        return Csv.orJson(queries.one(new TogethernessReport(asAt), TogethernessFigures.class, Role.REPORT_READERS),
                format, "togetherness-" + asAt);
    }

    @GetMapping("/trend")
    @Operation(summary = "Brothers and sisters living together, month by month",
            description = "The same figures at the last day of each month whose last day falls within from..to"
                    + " (both included): a month ending after 'to' has no point. step=month is the only step.")
    public ResponseEntity<?> trend(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(defaultValue = "month") String step,
                                   @RequestParam(required = false) String format) {
        if (!step.equalsIgnoreCase("month")) {
            throw new InvalidRequest("step must be month.");
        }
        ReportsController.Period.check(from, to);
        if (ChronoUnit.MONTHS.between(from, to) > MOST_MONTHS) {
            throw new InvalidRequest("The trend covers at most " + MOST_MONTHS + " months.");
        }
        return Csv.orJson(queries.one(new TogethernessTrend(from, to), TogethernessTrendFigures.class,
                Role.REPORT_READERS), format, "togetherness-" + from + "-to-" + to);
    }
}
